s = 'a\u00e9\u4e2d\U0001f600z'
print(len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)], s.index('z'), s.find('\U0001f600'))

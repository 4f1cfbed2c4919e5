s = 'h\u00e9llo w\u00f6rld \u20ac\U0001f600!'
print(len(s), s[1], s[-2], s[-1], s[1:4], s[::-1], s[::2], s[-3:], s[12:13], s[100:], s[-100:2])
print([c for c in s[10:]], s.find('\u20ac'), s.index('\U0001f600'), s.rfind('l'), s.count('l'))

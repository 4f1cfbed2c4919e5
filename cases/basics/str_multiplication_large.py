s = 'ab' * 100000
print(len(s), s[:4], s[-4:], s.count('ab'))

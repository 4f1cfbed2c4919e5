s = 'aaaa banana'
print(s.count('a'), s.count('aa'), s.count('an'), s.count(''), s.count('a', 5), s.count('a', 0, 3), s.count('x'), ''.count(''), 'abc'.count('', 1, 2))
print(s.count('a', -3), s.count('a', 2, -2), s.count('', 10, 0))

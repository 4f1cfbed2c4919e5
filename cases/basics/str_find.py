s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.find('o', 5, 8), s.find('xyz'), s.find(''), s.find('', 100), s.find('', 18))
print(s.find('o', -5), s.find('h', -100), s.find('d', 0, -7), s.find('l', 3, 2))

s = 'hello world, hello'
print(s.rfind('hello'), s.rfind('hello', 0, 17), s.rfind('o', 0, 8), s.rfind('xyz'), s.rfind(''), s.rfind('', 5, 3), s.rfind('l', -3))

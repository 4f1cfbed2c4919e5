s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith(('a', 'he')), s.startswith(()), s.startswith(''))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith(('x', 'ld')), s.endswith('o', 0, -6), s.endswith('', 20), s.startswith('', 11), s.startswith('', 12))
try:
    s.startswith(['h'])
except TypeError as e:
    print(type(e).__name__, e)

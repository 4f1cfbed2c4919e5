class S(str):
    pass
s = S('Hello World')
print(s.lower(), s.upper(), s.split(), s.replace('l', 'L'), s.find('o'), s.count('l'), s[0], s[-5:], s.startswith('He'), s.strip('Hd'), s.center(15, '*'), s.encode(), s.partition(' '), s.zfill(12), s.swapcase(), len(s))
print(type(s.lower()).__name__, type(s[0:3]).__name__, type(s + '!').__name__, s == 'Hello World', s < 'Z', 'World' in s, list(s)[:3], sorted(S('cba')), s % () if '%' in s else s.join(['a', 'b']), hash(s) == hash('Hello World'))

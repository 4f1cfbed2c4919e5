class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hello')
print(s, s.shout(), len(s), s[1:3], s + 'x', type(s + 'x').__name__, s == 'hello', 'ell' in s, s.split('l'), s.startswith('he'))
print(repr(s), str(s), type(str(s)).__name__, hash(s) == hash('hello'), {s: 1}['hello'], '%s' % s, f'{s:>7}', s.upper(), isinstance(s, str))

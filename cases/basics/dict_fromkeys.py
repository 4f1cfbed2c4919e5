print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), 'x'), dict.fromkeys('aab'))
d = dict.fromkeys('ab', [])
d['a'].append(1)
print(d)
class D(dict):
    pass
print(type(D.fromkeys('x')).__name__, D.fromkeys('xy', 1))

a = 'hello world'
b = 'hello ' + 'world'
c = ''.join(['hello', ' ', 'world'])
print(a == b == c, hash(a) == hash(b) == hash(c), len({a, b, c}))
d = {a: 1}
print(d[c], c in d, 'hello' + 'x' in {'hellox': 1})

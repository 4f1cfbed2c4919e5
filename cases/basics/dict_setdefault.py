d = {}
print(d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault('b'), d)
d.setdefault('l', []).append(5)
d.setdefault('l', []).append(6)
print(d)

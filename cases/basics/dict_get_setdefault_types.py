d = {}
print(d.get(1), d.get(1, 'x'), d.setdefault((1, 2), []), d.setdefault(3.0, 'f'), d.setdefault(3, 'i'), d, d.get(True), d.get(frozenset()))

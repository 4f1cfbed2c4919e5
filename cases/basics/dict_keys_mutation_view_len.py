d = {i: i for i in range(5)}
k, v, it = d.keys(), d.values(), d.items()
del d[0]
d[9] = 9
print(len(k), len(v), len(it), list(k), sum(v), (9, 9) in it, 0 in k)
d.clear()
print(len(k), list(it), bool(v))

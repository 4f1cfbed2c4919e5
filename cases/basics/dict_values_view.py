d = {'a': 1, 'b': 1}
v = d.values()
print(v, len(v), 1 in v, list(v), v == v, d.values() == d.values())
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__)

# dict keys of different hashable types; 1 and 1.0 and True collide
d = {1: "int", "1": "str", (1,): "tuple", None: "none", b"1": "bytes"}
print(d[1], d["1"], d[(1,)], d[None], d[b"1"])
d[1.0] = "float"
d[True] = "bool"
print(d[1], len(d))
try:
    d[[1]] = 0
except TypeError as e:
    print(type(e).__name__)
print({frozenset([1, 2]): 1}[frozenset([2, 1])])

# dicts preserve insertion order; reassigning a key keeps its position
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["z"] = 100
print(list(d))
del d["a"]
d["a"] = 5
print(list(d.items()))
print({3: 0, 1: 0, 2: 0})

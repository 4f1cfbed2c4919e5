# keys/values/items views are live
d = {"x": 1}
k = d.keys()
v = d.values()
i = d.items()
d["y"] = 2
print(list(k), list(v), list(i))
print(len(k), "x" in k, 2 in v, ("y", 2) in i)
for key, val in d.items():
    print(key, val)

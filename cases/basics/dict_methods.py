# common dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.pop("zz", "default"))
print(d.setdefault("b", 99), d.setdefault("c", 3), d)
d.update({"d": 4}, e=5)
print(d)
d.update([("f", 6)])
print(d)
c = d.copy()
c["b"] = 0
print(d["b"], c["b"])
d.clear()
print(d, len(c))
try:
    {}.pop("x")
except KeyError as e:
    print(type(e).__name__, e)

# 'in' checks keys; get distinguishes missing from None values
d = {"a": None, "b": 0}
print("a" in d, "z" in d, None in d, 0 in d)
print(d.get("a"), d.get("a", "dflt"), d.get("z", "dflt"))
print("a" in d.keys(), None in d.values(), ("b", 0) in d.items())
e = {None: "none key"}
print(e[None], None in e)

# dict_keys and dict_items compare like sets and are unhashable; dict_values
# hash by identity.
d = {1: 2}
for v in (d.keys(), d.items()):
    try:
        hash(v)
        print("hashable")
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(v in {1: 2})
    except TypeError as e:
        print("TypeError:", e)
vs = d.values()
print({vs: 1}[vs])

# popitem on small dicts and deleting during rebuild
d = {"only": 1}
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__)
d = {"a": 1, "b": 2, "c": 3}
d = {k: v for k, v in d.items() if v != 2}
print(d)
print(d.pop("a"), d)

# dict() from mappings, pairs and keywords
print(dict())
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict({"k": "v"}, extra=3))
print(dict(zip("ab", [1, 2])))
print(dict([(1, 2), [3, 4]]))
print(dict.fromkeys(["a", "b"]))
print(dict.fromkeys("xy", 0))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__)
try:
    dict([("a",)])
except ValueError as e:
    print(type(e).__name__)

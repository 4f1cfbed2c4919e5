# dumps of lists, tuples and dicts (insertion order kept).
import json

print(json.dumps([]))
print(json.dumps({}))
print(json.dumps(()))
print(json.dumps([1, "a", None, True, 1.5]))
print(json.dumps((1, (2, (3,)))))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"d": {}}}))
print(json.dumps([[[]], [{}], {"x": []}]))
d = {}
d["z"] = 1
d["y"] = 2
d["x"] = 3
print(json.dumps(d))
# The same object twice is not a cycle.
x = [1]
print(json.dumps([x, x, {"a": x}]))

# dumps of nested containers: lists in dicts in lists.
try:
    import ujson as json
except ImportError:
    import json

print(json.dumps({"a": [1, {"b": [None, True]}], "c": {}}))
print(json.dumps([[], [[]], [{}], ({"x": (1, 2)},)]))

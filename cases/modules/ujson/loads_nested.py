# loads of nested arrays and objects.
try:
    import ujson as json
except ImportError:
    import json

d = json.loads('{"a": [1, [2, [3, {"b": null}]]], "c": {"d": {"e": []}}}')
print(d["a"][1][1][1], d["c"]["d"], d)

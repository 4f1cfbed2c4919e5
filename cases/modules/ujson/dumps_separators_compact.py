# separators=(",", ":") gives the most compact output.
try:
    import ujson as json
except ImportError:
    import json

print(json.dumps({"a": [1, 2], "b": {"c": None}}, separators=(",", ":")))
print(json.dumps([1, [2, 3]], separators=(",", ":")))

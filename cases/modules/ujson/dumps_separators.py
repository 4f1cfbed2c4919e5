# The separators keyword: (item separator, key separator).
import json

print(json.dumps([1, 2, [3]], separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": 2}, separators=(" ; ", "=")))
print(json.dumps({"a": 1}, separators=None))

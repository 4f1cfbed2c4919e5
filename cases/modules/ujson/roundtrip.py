# loads(dumps(x)) == x for JSON-shaped data.
import json

values = [
    None, True, False, 0, -1, 2**80, 1.5, -0.25, 1e300, "", "text", "\u00e9\U0001f600\n\"\\",
    [], {}, [1, [2, [3, [4]]]], {"a": {"b": {"c": [None, {}]}}},
    {"list": [1, 2.5, "x"], "empty": {}, "t": True},
]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(back == v, s)
print(json.loads(json.dumps((1, 2))))
print(json.loads(json.dumps({1: 2})))

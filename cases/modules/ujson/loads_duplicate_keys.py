# With duplicate keys in an object the last value wins.
try:
    import ujson as json
except ImportError:
    import json

print(json.loads('{"a": 1, "b": 2, "a": 3}'))

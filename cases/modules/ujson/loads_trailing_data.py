# Data after the value is a ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in ("1 2", "[] []", '{"a": 1}x', "nullnull", "true,"):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", repr(text))

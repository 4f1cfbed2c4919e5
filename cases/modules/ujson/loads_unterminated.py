# Unterminated strings and containers are a ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in ('"abc', '"\\', "[1, 2", '{"a": 1', '{"a"', "[", "{", ""):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", repr(text))

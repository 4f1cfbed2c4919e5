# Trailing or missing commas and colons are a ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in ("[1,]", '{"a": 1,}', "[,1]", "[1 2]", '{"a" 1}', '{"a": 1 "b": 2}', "{1: 2}", "{'a': 1}"):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", text)

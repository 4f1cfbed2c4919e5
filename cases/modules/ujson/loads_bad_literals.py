# Misspelt or wrong-case literals are a ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in ("tru", "True", "nul", "NULL", "fals", "none", "t", "falsey"):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", repr(text))

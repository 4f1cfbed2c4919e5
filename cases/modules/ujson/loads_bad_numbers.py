# Number forms JSON does not allow are a ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in ("01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "--1", "1.2.3"):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", text)

# dumps escapes non-ASCII characters as \uXXXX, outside the BMP as a
# surrogate pair.
try:
    import ujson as json
except ImportError:
    import json

for s in ("\u00e9", "\u4e2d\u6587", "\U0001f600", "a\u2028b"):
    print(json.dumps(s))

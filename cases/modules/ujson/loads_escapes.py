# loads decodes every JSON escape.
try:
    import ujson as json
except ImportError:
    import json

print(repr(json.loads(r'"\"\\\/\b\f\n\r\t"')))
print(repr(json.loads(r'"\u0041\u00e9\u4E2D"')))

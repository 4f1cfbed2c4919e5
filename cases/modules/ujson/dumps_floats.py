# dumps of floats: the shortest repr, with exponents as Python writes them.
try:
    import ujson as json
except ImportError:
    import json

print(json.dumps([0.5, -2.25, 1e16, 1.5e-7, 123456.789, 1.0, -0.0]))
print(json.dumps({"pi": 3.14159}))

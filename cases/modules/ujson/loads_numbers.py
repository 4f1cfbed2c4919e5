# loads of numbers: negative, exponent forms, big ints.
try:
    import ujson as json
except ImportError:
    import json

print(json.loads("[-0, -12, 1e2, 1E-2, 2.5e+3, -0.5, 12345678901234567890]"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e0")).__name__)

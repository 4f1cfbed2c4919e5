# Deeply nested documents: moderate depth works; extreme depth never
# crashes the interpreter (CPython raises RecursionError, Pycopy may
# parse it or raise an error).
import json

depth = 200
doc = "[" * depth + "]" * depth
v = json.loads(doc)
n = 0
while v:
    v = v[0]
    n += 1
print(n)
print(json.dumps(json.loads(doc)) == doc)
doc = '{"a":' * depth + "1" + "}" * depth
print(json.loads(doc) is not None)
huge = "[" * 100000 + "]" * 100000
try:
    json.loads(huge)
except Exception:  # RecursionError on CPython, MemoryError or ValueError here
    pass
print("survived")
try:
    # Building it may already be too much for a small board's RAM.
    nested = []
    for i in range(100000):
        nested = [nested]
    json.dumps(nested)
except Exception:  # RecursionError on CPython, MemoryError or ValueError here
    pass
print("survived")

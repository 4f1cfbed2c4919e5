# The module is importable as ujson (Pycopy's name) and as json.
try:
    import ujson
except ImportError:
    import json as ujson
import json

print(ujson.dumps is json.dumps, ujson.loads is json.loads)
print(json.dumps([1]), ujson.loads("[2]"))
print(hasattr(json, "dump"), hasattr(json, "load"))

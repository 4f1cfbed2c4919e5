# dump to a StringIO and load back from it.
try:
    import ujson as json
except ImportError:
    import json
try:
    import uio as io
except ImportError:
    import io

s = io.StringIO()
json.dump({"k": [1, 2.5, "x", None]}, s)
print(s.getvalue())
s.seek(0)
print(json.load(s))
print(json.load(io.StringIO(" [true, false] ")))

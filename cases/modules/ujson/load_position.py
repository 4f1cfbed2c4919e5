# load reads from the current position of the stream to its end.
try:
    import ujson as json
except ImportError:
    import json
try:
    import uio as io
except ImportError:
    import io

s = io.StringIO("skip[1, 2]")
s.read(4)
print(json.load(s), repr(s.read()))

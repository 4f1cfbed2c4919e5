# pycopy-targets: unix (writes a file next to the case; a board has no filesystem)
# dump into a file opened for writing, load from it opened for reading.
try:
    import ujson as json
except ImportError:
    import json
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_ujson_dump_file.json"
with open(NAME, "w") as f:
    json.dump({"n": [1, 2], "s": "t\u00e9xt"}, f)
with open(NAME) as f:
    print(f.read())
with open(NAME) as f:
    print(json.load(f))
with open(NAME, "rb") as f:
    print(json.load(f))
os.remove(NAME)

# load raises ValueError for malformed data in the stream, including data
# after the value and an empty stream.
try:
    import ujson as json
except ImportError:
    import json
try:
    import uio as io
except ImportError:
    import io

for text in ("", "  ", "[1] 2", '{"a": }', "[1, 2", "nope"):
    try:
        json.load(io.StringIO(text))
        print("no error", repr(text))
    except ValueError:
        print("ValueError", repr(text))

# dump(obj, stream) writes the same text as dumps to the stream.
import json


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
obj = {"name": "x", "values": [1, 2.5, None, True], "nested": {"a": []}}
json.dump(obj, c)
print("".join(c.parts) == json.dumps(obj))
print("".join(c.parts))
c.parts = []
json.dump([1, 2], c, separators=(",", ":"))
print("".join(c.parts))
try:
    import io
except ImportError:
    import uio as io
s = io.StringIO()
json.dump({"k": "\u00e9"}, s)
print(s.getvalue())

# load(stream) reads the stream to its end and parses it.
import json


class Source:
    def __init__(self, text):
        self.text = text

    def read(self, *args):
        t, self.text = self.text, ""
        return t


print(json.load(Source('{"a": [1, 2, {"b": null}]}')))
print(json.load(Source(" [true] ")))
try:
    json.load(Source("[1, 2"))
except ValueError as e:
    print("ValueError", e)
try:
    import io
except ImportError:
    import uio as io
print(json.load(io.StringIO('{"x": 1.5}')))
print(json.load(io.BytesIO(b'["bytes"]')))

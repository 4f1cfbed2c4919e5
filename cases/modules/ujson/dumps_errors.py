# Values JSON can't hold, and cycles.
import json


class Thing:
    pass


for bad in (b"bytes", bytearray(b"x"), {1, 2}, 1j, Thing(), Thing, print, range(3), [1, {2}]):
    try:
        json.dumps(bad)
        print("no error")
    except TypeError as e:
        print("TypeError", str(e).split(" is ")[1])
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = {"a": {}}
d["a"]["b"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps()
except TypeError:
    print("TypeError")

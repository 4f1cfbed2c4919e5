# loads accepts str, bytes and bytearray; other types are a TypeError.
import json

print(json.loads(b'{"a": [1, 2]}'))
print(json.loads(bytearray(b"[true]")))
print(json.loads('"\u00e9"'.encode("utf-8")))
for bad in (1, None, [1], 1.5):
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)

# Data must be a bytes-like object: str and other objects are TypeErrors.
import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    for bad in ("abc", 5, None, [1]):
        try:
            algo(bad)
        except TypeError:
            print("TypeError", type(bad).__name__)
        h = algo()
        try:
            h.update(bad)
        except TypeError:
            print("TypeError update", type(bad).__name__)
        print(h.digest() == algo().digest())
try:
    hashlib.sha256(b"a", b"b")
except TypeError:
    print("TypeError 2 args")

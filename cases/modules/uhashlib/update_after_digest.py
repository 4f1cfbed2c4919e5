# Pycopy: after digest() no more data can be fed into the hash (the spec:
# "After this method is called, more data cannot be fed into the hash any
# longer"); CPython allows it.
import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    h = algo(b"abc")
    h.digest()
    try:
        h.update(b"more")
        print("updated")
    except ValueError:
        print("ValueError")

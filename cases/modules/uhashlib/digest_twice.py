# Asking for the digest again gives the same value.
import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    h = algo(b"data")
    d1 = h.digest()
    d2 = h.digest()
    print(d1 == d2, d1 == algo(b"data").digest())

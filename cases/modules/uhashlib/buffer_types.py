# bytes, bytearray and memoryview (also sliced) hash alike.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    ref = algo(b"pycopy").digest()
    h = algo()
    h.update(memoryview(b"__pycopy__")[2:8])
    print(algo(bytearray(b"pycopy")).digest() == ref, algo(memoryview(b"pycopy")).digest() == ref, h.digest() == ref)

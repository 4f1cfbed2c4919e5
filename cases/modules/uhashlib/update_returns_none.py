# update() returns None; hash objects are independent of each other.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

a = hashlib.sha256()
b = hashlib.sha256()
print(a.update(b"one"))
b.update(b"two")
print(a.digest() == hashlib.sha256(b"one").digest(), b.digest() == hashlib.sha256(b"two").digest())

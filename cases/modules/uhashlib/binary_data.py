# All byte values, zeros included, are hashed (no C-string cut at NUL).
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
from binascii import hexlify

print(hashlib.sha256(b"\x00").digest() != hashlib.sha256(b"").digest(), hashlib.sha1(b"a\x00b").digest() != hashlib.sha1(b"a").digest())
print(hexlify(hashlib.sha256(bytes(range(256))).digest()))
print(hexlify(hashlib.sha1(b"\x00" * 10).digest()))

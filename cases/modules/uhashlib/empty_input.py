# The digest of no data equals that of an explicit empty update and of
# empty bytes at creation.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
from binascii import hexlify

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    a = algo().digest()
    h = algo()
    h.update(b"")
    print(hexlify(a), a == h.digest() == algo(b"").digest() == algo(bytearray()).digest())

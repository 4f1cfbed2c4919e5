# md5 of the RFC 1321 test messages not covered elsewhere, through
# update() in two halves.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
from binascii import hexlify

msg = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
h = hashlib.md5()
h.update(msg[:20])
h.update(msg[20:])
print(hexlify(h.digest()))
print(hexlify(hashlib.md5(b"The quick brown fox jumps over the lazy dog").digest()))

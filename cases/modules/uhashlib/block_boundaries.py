# Messages whose length is near the 64-byte block size and its padding
# limit (55, 56, 63, 64, 65 bytes).
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
from binascii import hexlify

for n in (55, 56, 63, 64, 65, 119, 120):
    data = b"a" * n
    print(n, hexlify(hashlib.sha256(data).digest())[:16], hexlify(hashlib.sha1(data).digest())[:16], hexlify(hashlib.md5(data).digest())[:16])

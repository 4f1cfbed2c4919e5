# md5: data at creation and through update(), digest() as bytes.
import hashlib
from binascii import hexlify

for data in (b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz", b"1234567890" * 8):
    print(data[:16], hexlify(hashlib.md5(data).digest()))
h = hashlib.md5()
h.update(b"message ")
h.update(memoryview(b"digest"))
print(hexlify(h.digest()), len(h.digest()))

# sha1: data at creation and through update(), digest() as bytes.
import hashlib
from binascii import hexlify

print(hexlify(hashlib.sha1().digest()))
print(hexlify(hashlib.sha1(b"abc").digest()))
h = hashlib.sha1(b"abcdbcdecdefdefgefghfghighij")
h.update(b"hijkijkljklmklmnlmnomnopnopq")
print(hexlify(h.digest()))
h = hashlib.sha1()
h.update(bytearray(b"The quick brown fox jumps over the lazy dog"))
print(hexlify(h.digest()), len(h.digest()))

# sha256: data at creation and through update(), digest() as bytes.
import hashlib
from binascii import hexlify

print(hexlify(hashlib.sha256().digest()))
print(hexlify(hashlib.sha256(b"abc").digest()))
h = hashlib.sha256()
h.update(b"a")
h.update(b"bc")
print(hexlify(h.digest()))
h = hashlib.sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
print(hexlify(h.digest()))
h = hashlib.sha256()
for i in range(1000):
    h.update(b"a" * 1000)
print(hexlify(h.digest()))
print(len(hashlib.sha256(b"x").digest()), type(hashlib.sha256(b"x").digest()).__name__)
print(hashlib.sha256(bytearray(b"abc")).digest() == hashlib.sha256(memoryview(b"xabcx")[1:4]).digest())

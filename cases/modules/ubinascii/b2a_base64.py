# b2a_base64: base64 with a trailing newline (newline=False omits it),
# every padding length, binary data.
import binascii

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\xff\xfe", bytes(range(64))):
    print(data[:8], binascii.b2a_base64(data))
print(binascii.b2a_base64(b"hello", newline=False))
print(binascii.b2a_base64(bytearray(b"hi")), binascii.b2a_base64(memoryview(b"xyz")))
print(len(binascii.b2a_base64(bytes(1000))))
try:
    binascii.b2a_base64("text")
except TypeError:
    print("TypeError")

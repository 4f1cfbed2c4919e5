# hexlify(data[, sep]): bytes, bytearray and memoryview data; a one-byte
# separator given as str or bytes; CPython's bytes_per_sep grouping.
import binascii

print(binascii.hexlify(b""))
print(binascii.hexlify(b"\x00\x01\x7f\x80\xff"))
print(binascii.hexlify(bytearray(b"abc")))
print(binascii.hexlify(memoryview(b"hello")[1:3]))
print(binascii.hexlify(b"\x01\x02\x03", ":"))
print(binascii.hexlify(b"\x01\x02\x03", b" "))
print(binascii.hexlify(b"\x01", "-"))
print(binascii.hexlify(b"", "-"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", -2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "_", 5))
print(binascii.hexlify(b"\x01\x02\x03", sep="."))
print(type(binascii.hexlify(b"a")).__name__)
for sep in ("", "ab", b"::"):
    try:
        binascii.hexlify(b"abc", sep)
    except ValueError as e:
        print("ValueError", e)
for data in ("abc", 12, None):
    try:
        binascii.hexlify(data)
    except TypeError:
        print("TypeError", type(data).__name__)

# unhexlify: the inverse of hexlify, from bytes or an ASCII str; errors are
# binascii.Error, a subclass of ValueError.
import binascii

print(binascii.unhexlify(b""))
print(binascii.unhexlify(b"0001ff80"))
print(binascii.unhexlify("48656C6c6F"))
print(binascii.unhexlify(bytearray(b"4142")))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(issubclass(binascii.Error, ValueError))
for bad in ("abc", "0g", b"zz", "1 2 "):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.unhexlify("0\u00e9")
except ValueError as e:
    print("ValueError", type(e).__name__)
try:
    binascii.unhexlify(5)
except TypeError:
    print("TypeError")

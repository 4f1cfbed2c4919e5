# a2b_base64 takes bytes, bytearray, memoryview or an ASCII str and
# returns bytes.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in (b"cHljb3B5", bytearray(b"cHljb3B5"), memoryview(b"cHljb3B5"), "cHljb3B5"):
    r = binascii.a2b_base64(data)
    print(r, type(r).__name__)
try:
    binascii.a2b_base64(123)
except TypeError:
    print("TypeError")

# unhexlify accepts bytes, bytearray, memoryview and ASCII str, upper or
# lower case, and always returns bytes.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in (b"DEADbeef", bytearray(b"00ff"), memoryview(b"xx4142xx")[2:6], "CafE"):
    r = binascii.unhexlify(data)
    print(r, type(r).__name__)

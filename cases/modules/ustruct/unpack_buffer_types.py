# unpack and unpack_from accept bytes, bytearray and memoryview, and
# always return a tuple.
try:
    import ustruct as struct
except ImportError:
    import struct

data = b"\x01\x02\x03\x04"
for buf in (data, bytearray(data), memoryview(data)):
    print(struct.unpack("<HH", buf), struct.unpack_from("<B", buf, 2))
print(type(struct.unpack("<B", b"\x01")).__name__, struct.unpack("<B", b"\x01"), struct.unpack("", b""))

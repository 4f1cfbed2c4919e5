# A repeat count before a code means that many items; with 's' it is the
# string's length; a zero count means nothing.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.pack("<3h", 1, 2, 3), struct.unpack("<3h", b"\x01\x00\x02\x00\x03\x00"))
print(struct.pack("<0h2b", 5, 6), struct.unpack("<0h2b", b"\x05\x06"))
print(struct.pack("<2s", b"ab"), struct.pack("<ss", b"a", b"b"), struct.unpack("<ss", b"ab"))
print(struct.pack("<3x"), struct.unpack("<3xB", b"\x00\x00\x00\x09"))
print(struct.pack("<10B", *range(10)), struct.calcsize("<12B"), len(struct.unpack("<12B", bytes(12))))

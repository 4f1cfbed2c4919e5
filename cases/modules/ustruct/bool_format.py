# The '?' code packs the truth value of any object as one byte, and
# unpacks any non-zero byte as True.
try:
    import ustruct as struct
except ImportError:
    import struct

print([struct.pack("?", v) for v in (0, 1, 2, -1, "", "x", [], [0], None, 0.0, 0.5)])
print(struct.unpack("3?", b"\x00\x01\x7f"), struct.unpack("<?", b"\xff"))
print(struct.pack(">?", True), struct.pack("<2?", False, True))

# The 'c' code packs a bytes object of length 1 and unpacks to one.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.pack("c", b"\x00"), struct.pack("<2c", b"a", b"\xff"), struct.unpack("<2c", b"\x01z"))
for v in (b"", b"ab", 65, "a"):
    try:
        struct.pack("c", v)
    except struct.error:
        print("error", repr(v))

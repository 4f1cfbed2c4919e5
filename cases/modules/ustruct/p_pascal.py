# The 'p' code: a Pascal string, a length byte then the data, cut to the
# count minus one; the length is capped at 255.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.pack("5p", b"hello world"), struct.pack("5p", b"hi"), struct.pack("1p", b"abc"))
print(struct.unpack("5p", b"\x02hi\x00\x00"), struct.unpack("4p", b"\x09abc"), struct.unpack("1p", b"\x05"))
print(len(struct.pack("300p", b"x" * 300)), struct.pack("300p", b"x" * 300)[0])

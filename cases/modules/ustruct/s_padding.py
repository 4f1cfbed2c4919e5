# The 's' code pads a short value with zero bytes and cuts a long one;
# unpacking gives the bytes as they are, zeros included.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("3s", b""))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.pack("<4sB", b"xy", 7))
print(struct.pack("3s", bytearray(b"qr")), struct.pack("1s", b"\xff\xee"))
print(struct.pack("0s", b"ignored"), struct.unpack("0s", b""))

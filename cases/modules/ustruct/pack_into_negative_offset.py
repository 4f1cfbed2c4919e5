# pack_into and unpack_from with negative offsets count from the end; an
# offset of -len is the start.
try:
    import ustruct as struct
except ImportError:
    import struct

b = bytearray(8)
print(struct.pack_into("<H", b, -8, 0x0201), b)
struct.pack_into("<H", b, -1 - 1, 0x0807)
print(b, struct.unpack_from("<H", b, -2), struct.unpack_from("<H", b, -8), struct.unpack_from("<4B", b, -4))
struct.pack_into("<B", b, -5, 0xAA)
print(b)

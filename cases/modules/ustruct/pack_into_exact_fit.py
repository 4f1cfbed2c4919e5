# pack_into returns None and writes only its bytes, the rest of the buffer
# is unchanged; a buffer that fits exactly works.
try:
    import ustruct as struct
except ImportError:
    import struct

b = bytearray(b"........")
print(struct.pack_into(">I", b, 2, 0x41424344), b)
b = bytearray(4)
struct.pack_into("<i", b, 0, -1)
print(b)
m = bytearray(b"0123456789")
struct.pack_into("2s", m, 8, b"ab")
print(m)

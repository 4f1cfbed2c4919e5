# pack_into writes into a writable buffer at an offset (negative counts
# from the end); unpack_from reads at an offset.
import struct

b = bytearray(10)
print(struct.pack_into("<hI", b, 1, -2, 0xAABBCCDD), b)
struct.pack_into(">h", b, -2, 0x0102)
print(b)
struct.pack_into("<b", b, 0, 127)
print(b)
print(struct.unpack_from("<hI", b, 1), struct.unpack_from(">h", b, -2), struct.unpack_from("<b", b))
print(struct.unpack_from("<I", bytes(range(10)), 3), struct.unpack_from("<H", b"\x01\x02\x03", offset=1))
print(struct.unpack_from("<H", buffer=b"\xff\x00"))
m = memoryview(bytearray(6))
struct.pack_into("<H", m, 2, 0x1234)
print(m.tobytes() if hasattr(m, "tobytes") else bytes(m))
mv = memoryview(b)[2:6]
struct.pack_into("<I", mv, 0, 0x11223344)
print(b)
print(struct.unpack_from("<2B", memoryview(b"\x05\x06\x07"), 1))

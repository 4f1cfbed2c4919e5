# pack_into and unpack_from check that the data fits at the offset.
try:
    import ustruct as struct
except ImportError:
    import struct

b = bytearray(4)
for off in (0, 1, -4, -3, 4, -5):
    try:
        struct.pack_into("<H", b, off, 1)
        print(off, "ok")
    except struct.error:
        print(off, "error")
for off in (2, 3, -2, -1, -5):
    try:
        print(off, struct.unpack_from("<H", b"abcd", off))
    except struct.error:
        print(off, "error")

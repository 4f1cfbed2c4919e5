# unpack needs a buffer of exactly calcsize bytes; unpack_from at least
# that many after the offset.
try:
    import ustruct as struct
except ImportError:
    import struct

for fmt, data in (("<h", b""), ("<h", b"\x01"), ("<h", b"\x01\x02\x03"), ("<3s", b"ab"), ("<", b"x")):
    try:
        print(struct.unpack(fmt, data))
    except struct.error as e:
        print(fmt, len(data), "error", e)
print(struct.unpack_from("<h", b"\x01\x02\x03"))

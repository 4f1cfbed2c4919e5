# Integer codes take ints, bools and objects with __index__; floats are
# struct.error.
try:
    import ustruct as struct
except ImportError:
    import struct


class I:
    def __index__(self):
        return 258


print(struct.pack("<H", I()), struct.pack("<bB", True, False), struct.pack("<q", 2 ** 40))
for v in (1.0, 2.5):
    try:
        struct.pack("<i", v)
    except struct.error:
        print("error", v)

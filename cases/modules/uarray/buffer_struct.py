# ustruct works on arrays through the buffer protocol.
try:
    import ustruct as struct
except ImportError:
    try:
        import struct
    except ImportError:
        print("SKIP")
        raise SystemExit
from array import array

a = array("B", bytes(6))
struct.pack_into("<HI", a, 0, 0x0102, 0x03040506)
print(a)
print(struct.unpack_from("<HI", a, 0))
print(struct.unpack("<2B", array("B", [7, 8])))

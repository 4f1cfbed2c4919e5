# Native mode ('@' or no prefix) aligns each item to its size with zero
# padding bytes, in the machine's byte order (little-endian here).
try:
    import ustruct as struct
except ImportError:
    import struct
import sys

if sys.byteorder != "little":
    print("SKIP")
    raise SystemExit
print(struct.pack("bi", 1, 2), struct.pack("@bh", 1, 2), struct.pack("ib", 1, 2))
print(struct.unpack("bi", b"\x07\xaa\xbb\xcc\x02\x00\x00\x00"))
print(struct.pack("b0i", 1), struct.pack("=bi", 1, 2))

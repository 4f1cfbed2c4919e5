# The smallest and largest value of every integer code packs and unpacks
# unchanged (standard sizes).
try:
    import ustruct as struct
except ImportError:
    import struct

for c, bits, signed in (("b", 8, 1), ("B", 8, 0), ("h", 16, 1), ("H", 16, 0), ("i", 32, 1), ("I", 32, 0), ("l", 32, 1), ("L", 32, 0), ("q", 64, 1), ("Q", 64, 0)):
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
    data = struct.pack("<" + c + c, lo, hi)
    print(c, data.hex(), struct.unpack("<" + c + c, data) == (lo, hi))

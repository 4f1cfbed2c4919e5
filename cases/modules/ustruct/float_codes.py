# 'f' rounds to single precision, 'd' keeps doubles; infinities, negative
# zero and ints work.
try:
    import ustruct as struct
except ImportError:
    import struct

print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<d", struct.pack("<d", 0.1))[0])
print(struct.pack(">f", -0.0), struct.pack(">d", 1), struct.pack("<f", float("inf")), struct.pack(">d", -float("inf")))
print(struct.unpack(">f", b"\x3f\x80\x00\x00"), struct.unpack("<d", b"\x00" * 7 + b"\xc0"))
print(struct.unpack("<f", struct.pack("<f", 3.4028234663852886e38))[0])
nan = struct.unpack("<f", struct.pack("<f", float("nan")))[0]
print(nan != nan)

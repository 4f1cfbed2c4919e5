# The 'e' format: IEEE 754 half precision, rounding to nearest even.
import struct

for x in (0.0, -0.0, 1.0, -2.0, 0.5, 1.5, 65504.0, 65519.0, 6.1e-05, 6e-08, 5.96e-08, 2.98e-08, 1e-09, 0.1, 1 / 3, 1000.5, 2049.0, 2051.0, float("inf"), -float("inf")):
    data = struct.pack("<e", x)
    print(x, data, struct.unpack("<e", data)[0])
nan = struct.unpack("<e", struct.pack("<e", float("nan")))[0]
print(nan != nan)
for bits in (0x0001, 0x03FF, 0x0400, 0x3555, 0x7BFF, 0x7C00, 0xFC00, 0x8000, 0xC000):
    print(hex(bits), struct.unpack("<e", struct.pack("<H", bits))[0])

# pycopy-targets: unix (native sizes of l, L, n, N and P are the 64-bit host's; 4 bytes on a 32-bit board)
# pack and unpack every format code with each byte order prefix.
import struct

ints = "bBhHiIlLqQ"
values = {"b": -5, "B": 200, "h": -1234, "H": 54321, "i": -123456, "I": 3000000000, "l": -7, "L": 4000000000, "q": -(2 ** 40), "Q": 2 ** 63 + 5}
for prefix in "<>!=":
    for c in ints:
        fmt = prefix + c
        data = struct.pack(fmt, values[c])
        print(fmt, data, struct.unpack(fmt, data))
    for c, v in (("e", 1.5), ("f", -2.25), ("d", 1e300), ("?", 7), ("c", b"Z"), ("x", None), ("3s", b"abcd"), ("4p", b"ab")):
        fmt = prefix + c
        data = struct.pack(fmt) if v is None else struct.pack(fmt, v)
        print(fmt, data, struct.unpack(fmt, data))
# native mode: sizes and alignment are the platform's
for c in ints + "nNPefd?":
    v = {"n": -3, "N": 3, "P": 4096, "e": 0.5, "f": 0.25, "d": -0.125, "?": True}.get(c, values.get(c))
    print("@" + c, struct.unpack(c, struct.pack(c, v)), struct.calcsize(c))
print(struct.pack("<2h3s?", 1, 2, b"abc", False), struct.unpack("<2h3s?", b"\x01\x00\x02\x00abc\x01"))
print(struct.pack(">I2xH", 1, 2), struct.unpack(">I2xH", bytes(range(8))))
print(struct.pack("<3b", 1, -1, 127), struct.pack("<0s", b"abc"), struct.pack("<10x"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.unpack("3c", b"xyz"))
print(struct.pack(b"<hh", 1, 2), struct.unpack(b">h", b"\x01\x02"))
print(struct.pack("<i i", 1, 2), struct.calcsize("< i\th\n"))

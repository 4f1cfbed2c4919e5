# pycopy-targets: unix (native sizes of l, L, n, N and P are the 64-bit host's; 4 bytes on a 32-bit board)
# struct.error for bad formats, values out of range and wrong buffer sizes,
# with CPython's messages; TypeError for wrong argument types.
import struct


def check(f, *args):
    try:
        print(f(*args))
    except struct.error as e:
        print("error:", e)
    except OverflowError as e:
        print("OverflowError:", e)
    except TypeError:
        print("TypeError")


for fmt in ("z", "<n", "<N", "<P", "<<i", "i<", "2", "<3", " 2 i", "2 i", "99999999999999999999i"):
    check(struct.calcsize, fmt)
check(struct.calcsize, 5)
for c in "bBhHiIlLqQ":
    for v in (2 ** 8, 2 ** 16, 2 ** 32, 2 ** 64, -1, -(2 ** 7) - 1, -(2 ** 15) - 1, -(2 ** 31) - 1, -(2 ** 63) - 1):
        check(struct.pack, "<" + c, v)
for c in "nNP":
    for v in (2 ** 64, -(2 ** 63) - 1, -1):
        check(struct.pack, c, v)
for v in (1.5, "1", None, b"1"):
    check(struct.pack, "<i", v)
for v in ("x", None, b"1"):
    check(struct.pack, "<d", v)
check(struct.pack, "<f", 1e300)
check(struct.pack, "<e", 65520.0)
check(struct.pack, "<e", 1e10)
check(struct.pack, "c", b"ab")
check(struct.pack, "c", "a")
check(struct.pack, "c", bytearray(b"a"))
check(struct.pack, "3s", "abc")
check(struct.pack, "3p", 5)
check(struct.pack, "<h")
check(struct.pack, "<h", 1, 2)
check(struct.pack, "<hh", 1)
check(struct.pack)
check(struct.unpack, "<i", b"abc")
check(struct.unpack, "<i", b"abcde")
check(struct.unpack, "<i", "abcd")
check(struct.unpack_from, "<i", bytearray(8), 5)
check(struct.unpack_from, "<i", bytearray(8), -9)
check(struct.unpack_from, "<i", bytearray(8), -3)
check(struct.pack_into, "<i", bytearray(5), 2, 1)
check(struct.pack_into, "<i", bytearray(5), -7, 1)
check(struct.pack_into, "<i", bytearray(5), -2, 1)
check(struct.pack_into, "<i", b"12345", 0, 1)
check(struct.pack_into, "<ii", bytearray(8), 0, 1)
print(issubclass(struct.error, Exception))

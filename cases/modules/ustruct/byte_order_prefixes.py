# '<' is little-endian, '>' and '!' big-endian; all three use standard
# sizes and no alignment.
try:
    import ustruct as struct
except ImportError:
    import struct

for p in "<>!":
    print(p, struct.pack(p + "bi", 1, 0x01020304), struct.pack(p + "hq", -2, 1), struct.calcsize(p + "bi"))
print(struct.unpack("<I", b"\x01\x02\x03\x04")[0] == 0x04030201, struct.unpack(">I", b"\x01\x02\x03\x04")[0] == 0x01020304)
print(struct.unpack("!H", b"\xab\xcd") == struct.unpack(">H", b"\xab\xcd"))

# mutating bytearrays
ba = bytearray(b"hello world")
ba[0] = ord("H")
print(ba)
ba[6:11] = b"there"
print(ba)
del ba[5:]
print(ba)
ba += b"!"
print(ba, len(ba))
print(ba.pop(), ba)
ba.insert(0, 62)
print(ba)
ba[1:3] = b""
print(ba, bytes(ba))
print(bytearray(3), bytearray([1, 2, 3]), bytearray("ab", "ascii"))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__)

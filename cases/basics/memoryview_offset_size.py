b = bytearray(b'0123456789')
m = memoryview(b, 2, 4)
print(len(m), bytes(m))
m[0] = 88
print(b)
print(bytes(memoryview(b, 7)), bytes(memoryview(b'abc', 1, 1)))

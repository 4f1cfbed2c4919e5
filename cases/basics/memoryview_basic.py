b = bytearray(b'hello')
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), m.readonly, m.nbytes, m.format, m.itemsize)
m[0] = 72
print(b, memoryview(b'abc').readonly)

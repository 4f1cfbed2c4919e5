b = bytearray(b'0123456789')
m = memoryview(b)
s = m[2:6]
s[0] = 65
s[1:3] = b'BC'
print(b, bytes(s), len(s), s.tobytes())
ss = s[1:]
ss[-1] = 0x5a
print(b)
b[3] = 0x7a
print(bytes(s))

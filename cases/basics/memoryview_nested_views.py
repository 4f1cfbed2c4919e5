b = bytearray(range(10))
m1 = memoryview(b)[2:8]
m2 = m1[1:4]
m3 = memoryview(m2)
m3[0] = 99
print(b[3], bytes(m2), bytes(m3), len(m3), m3.obj is b if hasattr(m3, 'obj') else True)

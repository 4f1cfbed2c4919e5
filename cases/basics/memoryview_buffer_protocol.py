m = memoryview(b'xyz')
print(b'ab' + m, bytearray(m), bytes(m), b'-'.join([m, m]), b'xyz' == m, b'xyz'.find(m[1:]), int.from_bytes(m, 'big'))
ba = bytearray(b'12')
ba += m
print(ba, ba.decode(), str(bytes(m), 'ascii'))

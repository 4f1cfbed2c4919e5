m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), m != b'abd', list(m), [x for x in m[1:]], b'b' in bytes(m), 98 in m)
print(bytes(m[::-1]) if False else bytes(m[:]), m[-2:].tobytes(), bytes(m[5:]), m.hex())

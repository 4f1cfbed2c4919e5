print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b'xy'), bytes(bytearray(b'z')), bytes(range(3)), bytes('h\u00e9', 'utf-8'), bytes('ab', encoding='ascii'))
print(bytes(memoryview(b'abc')), bytes((x for x in [1, 2])), bytes(0))
for arg in ('abc', -1, [256], [1.5], 1.5, None):
    try:
        bytes(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray([1, 2]), bytearray('\u00e9', 'utf-8'), bytearray(range(3)), bytearray(bytearray(b'x')), bytearray(memoryview(b'mv')))
for arg in ('x', -1, [300]):
    try:
        bytearray(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(b'ab' + b'cd', b'ab' + bytearray(b'x'), bytearray(b'x') + b'y', b'ab' * 3, 2 * b'x', b'ab' * 0, b'ab' + memoryview(b'z'))
for f in (lambda: b'a' + 'b', lambda: b'a' + 1, lambda: 'a' + b'b', lambda: b'a' * 'x'):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

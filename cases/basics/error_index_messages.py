for f in (lambda: [][0], lambda: [1][-2], lambda: ()[0], lambda: ''[0], lambda: b''[0], lambda: bytearray()[0], lambda: range(0)[0], lambda: [].pop(), lambda: [1].pop(3), lambda: [1].__setitem__(2, 0), lambda: memoryview(b'')[0]):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)

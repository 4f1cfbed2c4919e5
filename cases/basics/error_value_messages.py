for f in (lambda: int('x'), lambda: float('y'), lambda: [].remove(1), lambda: 'ab'.index('z'), lambda: (1,).index(2), lambda: range(3).index(5), lambda: chr(-1), lambda: 'a'.split(''), lambda: int('1', 99), lambda: bytes([300]), lambda: complex('j1')):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

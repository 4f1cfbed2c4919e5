for f in (lambda: 'a'.join([1, 2]), lambda: 'a'.split(1), lambda: 'a'.replace(1, 'b'), lambda: 'a'.startswith(1), lambda: 'a'.strip(1), lambda: 'a'.center('x'), lambda: 'a'.count(1), lambda: 'a'.encode(1), lambda: 'a' < 1):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

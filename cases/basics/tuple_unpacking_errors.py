for src in ((1, 2, 3), (1,), [], 'ab', range(4)):
    try:
        a, b = src
        print(a, b)
    except ValueError as e:
        print(type(e).__name__, e)
a, *b = (1, 2, 3)
*c, d = 'xyz'
e, *f, g = range(2)
print(a, b, c, d, e, f, g)

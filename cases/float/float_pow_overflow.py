for x, y in ((10.0, 400), (2.0, 1024), (-2.0, 1025), (1e200, 2), (1.0001, 1e9), (0.5, -2000)):
    try:
        print(x ** y)
    except OverflowError as e:
        print(type(e).__name__, e)
print(2.0 ** 1023, 0.5 ** 1100, (-0.5) ** 1101, 1e-200 ** 2)

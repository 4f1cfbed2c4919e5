print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 70, 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100)
print(2**100 >> 98, -(2**100) >> 99, (2**100 + 1) >> 1)
print(0 << 1000)
for a, b in ((1, -1), (2**70, -2)):
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)

for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('9', 8)
except ValueError as e:
    print(e)

for v in (1, None, 1.5, len):
    try:
        iter(v)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        for x in v:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = 'ab'
except ValueError as e:
    print(type(e).__name__, e)

for v in (float('inf'), -float('inf')):
    try:
        int(v)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)

# ldexp of a result too big for a float is OverflowError "math range error".
import math

for m, e in ((0.5, 1025), (-1.0, 1024), (1.0, 2 ** 63), (-3.0, 5000)):
    try:
        print(math.ldexp(m, e))
    except OverflowError as e:
        print("OverflowError", e)
print(math.ldexp(0.9999999999999999, 1024))

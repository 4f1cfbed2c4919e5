# Errors of log with a base: a base of 1 divides by zero, zero or
# negative values or bases are outside the domain.
import math

for args in ((10, 1), (1, 1), (10, 1.0), (10, 0), (10, -2), (0, 10), (-1, 10), (0.5, -0.5), (-(10 ** 400), 10)):
    try:
        print(args, math.log(*args))
    except ZeroDivisionError:
        print(args, "ZeroDivisionError")
    except ValueError as e:
        print(args, "ValueError", e)

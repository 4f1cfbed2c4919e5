# cmath functions check their number of arguments.
import cmath

for f, args in ((cmath.sqrt, ()), (cmath.sqrt, (1, 2)), (cmath.rect, (1,)), (cmath.rect, (1, 2, 3)), (cmath.log, ()),
                (cmath.log, (1, 2, 3)), (cmath.polar, ()), (cmath.phase, (1, 2)), (cmath.exp, (1, 1))):
    try:
        f(*args)
    except TypeError:
        print(f.__name__, len(args), "TypeError")

# Domain and range errors, and argument types.
import cmath

inf = float("inf")
cases = [
    ("log", cmath.log, (0,)),
    ("log", cmath.log, (0j,)),
    ("log10", cmath.log10, (0,)),
    ("log", cmath.log, (2, 1)),
    ("log", cmath.log, (2, 0)),
    ("exp", cmath.exp, (1000,)),
    ("exp", cmath.exp, (1000 + 1j,)),
    ("cos", cmath.cos, (1000j,)),
    ("sin", cmath.sin, (1 + 1000j,)),
    ("rect", cmath.rect, (1, inf)),
]
for name, f, args in cases:
    try:
        print(name, args, f(*args))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
for bad in ("1", None, [1]):
    try:
        cmath.sqrt(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    cmath.rect(1j, 0)
except TypeError:
    print("TypeError rect")


class C:
    def __complex__(self):
        return 4j


class F:
    def __float__(self):
        return 9.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()))

# const() declares compile-time constants; names starting with _ are not
# stored in the module's namespace.
from micropython import const

X = const(10)
_Y = const(X * 2 + 1)
Z = const(_Y << 2)


def f():
    return X + _Y + Z


print(X, _Y, Z, f())
print("X" in globals(), "_Y" in globals(), "Z" in globals())

# isinstance() and issubclass() accept a union, also inside a tuple.
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.0, int | str))
print(isinstance(None, int | None), isinstance(True, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))


class A:
    pass


class B(A):
    pass


print(isinstance(B(), A | None), isinstance(A(), B | None))
print(issubclass(B, float | A))

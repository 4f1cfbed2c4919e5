# X | Y of classes makes a union: its members, repr, and None as NoneType.
U = int | str
print(U)
print(U.__args__)
print(int | None, None | int)
print(int | int is int)
print((int | str) | float, int | (str | float))
print(list | dict | list)


class A:
    pass


class B(A):
    pass


print(A | B)

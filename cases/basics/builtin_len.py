# len() of builtin containers and user objects
print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}))
print(len(set()), len(range(10)), len(range(0, 10, 3)), len(b"ab"), len(bytearray(3)))
print(len(range(10, 0, -2)), len(range(5, 5)))
print(len([[]]), len("\n\t"))
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__)

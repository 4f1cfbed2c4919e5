class L:
    def __len__(self):
        return 7
print(len('abc'), len('\u00e9\u00e8'), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(b'ab'), len(bytearray(4)), len(L()), len({}.keys()), len(memoryview(b'xyz')))
class Neg:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return 'x'
for v in (5, None, Neg(), NotInt()):
    try:
        len(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__)

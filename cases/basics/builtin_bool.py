print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'), bool([]), bool([0]), bool({}), bool(None), bool(range(0)), bool(0j), bool(b''), bool(bytearray(1)))
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(T()), bool(L()), not T(), True + True, True * 3, int(True), str(True), repr(False), True & False, True | False, True ^ True, ~True, -True)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)

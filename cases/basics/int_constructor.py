print(int(), int(5), int(-5), int(True), int('12'), int(' 0 '))
print(int(x='7') if False else int('7'), int('11', base=2))
class Q:
    def __int__(self):
        return 9
class R:
    def __index__(self):
        return 4
print(int(Q()), int(R()))
try:
    int([])
except TypeError as e:
    print(type(e).__name__)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__)

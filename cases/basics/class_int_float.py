# __int__ and __float__ used by int() and float()
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
n = Num()
print(int(n), float(n))
class OnlyInt:
    def __int__(self):
        return 7
print(int(OnlyInt()))
try:
    float(object())
except TypeError as e:
    print(type(e).__name__)

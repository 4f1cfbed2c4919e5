class MyFloat(float):
    def half(self):
        return self / 2
x = MyFloat(3.0)
print(x, repr(x), x.half(), x + 1, type(x + 1).__name__, isinstance(x, float), x.is_integer(), round(x), int(x))
class F2(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(F2(1.5), F2('2.5') if False else F2(2.5), float(F2(1)))

class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)
    def __add__(self, o):
        return Mod7(int(self) + int(o))
    __radd__ = __add__
    def __mul__(self, o):
        return Mod7(int(self) * int(o))
    def __eq__(self, o):
        return int(self) % 7 == int(o) % 7
    __hash__ = int.__hash__
a = Mod7(5)
print(a + 4, 4 + a, a * 3, a == 12, a == 5, sum([Mod7(3), Mod7(4)], Mod7(0)), type(a + 4).__name__, {a: 'x'}[5])

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, Pos('-9') if False else Pos(-9))
class B(int):
    pass
print(B('ff', 16), B(), B(2.7))

# cooperative super() following the MRO in a diamond
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
class A:
    def f(self):
        return ["A"]
class B(A):
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
print(D().f())

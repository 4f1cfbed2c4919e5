# classmethod and staticmethod
class Shape:
    count = 0
    def __init__(self, n):
        self.n = n
        Shape.count += 1
    @classmethod
    def square(cls):
        return cls(4)
    @staticmethod
    def describe(n):
        return "shape with %d sides" % n
    @classmethod
    def kind(cls):
        return cls.__name__
class Tri(Shape):
    pass
s = Shape.square()
print(s.n, type(s).__name__)
print(Tri.square().__class__.__name__)
print(Shape.describe(3), s.describe(5))
print(Tri.kind(), Tri(3).kind(), Shape.count)
f = Shape.describe
print(f(8))

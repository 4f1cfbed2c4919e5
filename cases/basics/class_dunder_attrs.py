# __class__, __name__, __dict__, __bases__
class A:
    x = 1
class B(A):
    def __init__(self):
        self.y = 2
b = B()
print(b.__class__.__name__, b.__class__ is B)
print(B.__name__, [c.__name__ for c in B.__bases__])
print(sorted(b.__dict__.items()))
print("x" in A.__dict__, "x" in B.__dict__)
print(type(B).__name__, type(type).__name__)
print(A.__bases__[0] is object)

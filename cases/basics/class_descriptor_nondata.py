# non-data descriptors (only __get__) can be shadowed by instance attributes
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return ("from descriptor", self.v, owner.__name__)
class C:
    x = Const(1)
c = C()
print(c.x)
print(C.x)
c.__dict__["x"] = "instance value"
print(c.x)
class D(C):
    pass
print(D().x)

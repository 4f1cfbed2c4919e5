# calling base class methods explicitly in multiple inheritance
class A:
    def __init__(self):
        self.a = "A init"
class B:
    def __init__(self):
        self.b = "B init"
class C(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)
        self.c = "C init"
c = C()
print(c.a, c.b, c.c)
class D(A, B):
    pass
d = D()
print(hasattr(d, "a"), hasattr(d, "b"))

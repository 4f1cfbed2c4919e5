# property() called as a function, and inheritance of properties
class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx)
c = C()
c.x = 2
print(c.x)
class D(C):
    @property
    def doubled(self):
        return self.x * 2
d = D()
print(d.x, d.doubled)
print(type(C.x).__name__)
ro = property(lambda self: "ro")
class E:
    val = ro
print(E().val)

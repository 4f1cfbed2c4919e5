# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c = C(5)
m = c.get
print(m())
print(C.get(c))
add5 = c.add
print(add5(10))
print(C.add(C(1), 2))
methods = [C(i).get for i in range(3)]
print([f() for f in methods])
print(m.__self__ is c)

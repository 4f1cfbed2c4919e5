# NotImplemented triggers the reflected comparison or identity fallback
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
a = A()
print(a == B())
x = A()
print(x == x)
print(A() == 5)
print(A() != 5)

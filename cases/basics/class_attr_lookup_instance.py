# class attribute lookup through instances and subclasses
class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    y = "B.y"
b = B()
print(b.x, b.y, b.m())
A.x = "changed"
print(b.x)
b.x = "instance"
print(b.x, B.x, A.x)
B.m = lambda self: "B.m patched"
print(b.m(), A().m())
print(getattr(B, "x"), hasattr(B, "y"), hasattr(A, "y"))

# classes defined inside classes and functions
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner().hi())
print(Outer.Inner.__name__)
def build(n):
    class Made:
        size = n
    return Made
A, B = build(1), build(2)
print(A.size, B.size, A is B)

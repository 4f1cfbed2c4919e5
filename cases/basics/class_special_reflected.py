# reflected operators (__radd__ etc.)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(5)
print(n + 1)
print(1 + n)
print(10 - n)
print(3 * n)
print(sum([Num(1), Num(2)]))
try:
    n + "s"
except TypeError as e:
    print(type(e).__name__)

# < falls back to the other operand's > when not defined
class Lo:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Lo.__gt__")
        v = o.v if isinstance(o, Lo) else o
        return self.v > v
print(3 < Lo(5))
print(Lo(1) > 0)
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(type(e).__name__)

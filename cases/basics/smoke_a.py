# closures, nonlocal, global
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
G = 1
def setg():
    global G
    G = 5
setg(); print(G)
# class features
class Base:
    cls_attr = 10
    def __init__(self, v): self.v = v
    def describe(self): return "Base(%d)" % self.v if False else "Base " + str(self.v)
    @property
    def double(self): return self.v * 2
    @double.setter
    def double(self, x): self.v = x // 2
    @classmethod
    def make(cls, v): return cls(v)
    @staticmethod
    def sm(x): return x + 1
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self): return "Derived/" + super().describe()
d = Derived(3, 4)
print(d.describe(), d.double, Base.make(7).v, Base.sm(1), d.cls_attr)
d.double = 20
print(d.v, isinstance(d, Base), issubclass(Derived, Base), type(d).__name__)
print([c.__name__ for c in Derived.__mro__])
# exceptions
class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
def f():
    try:
        return 1
    finally:
        print("finally runs")
print(f())
for i in range(3):
    try:
        if i == 1: continue
        print("i", i)
    finally:
        print("fin", i)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
# with
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as cm:
    raise ValueError("x")
print("after with")
# star args
def g(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, sorted(kw.items()))
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6, f=7))
print(*[1, 2, 3], sep="-")
a, *b, c = range(6); print(a, b, c)
print([*range(3), *"ab"], {**{'a': 1}, 'b': 2})
# generators
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(x for x in range(10)))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), min([4, 2, 8]), max("abc"))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(enumerate("ab", 1)))
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; print(x); del x[0]; print(x)
print("%d %s %r %.2f %x" % (1, "a", "b", 1.5, 255) if False else "skip")
d = {}; d.setdefault('a', []).append(1); print(d, d.get('b', 'none'), list(d.items()))
s = {1, 2, 3}; s |= {4}; print(sorted(s), 3 in s, s & {1, 9})
print(int("ff", 16), int("0b101", 0), float("1e3"), str(1.5), bool([]), hex(255), oct(8), bin(5))
print(round(2.5), round(3.5), round(2.675, 2), abs(-3), pow(2, 10, 1000))
print("a,b,,c".split(","), " x ".strip(), "-".join(["a", "b"]), "abc".startswith(("x", "a")))

# annotations are accepted and do not affect behaviour
def f(a: int, b: "str" = "x", *args: int, c: float = 1.5, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f(2, "y", 3, c=2.5, d=4))
x: int = 5
print(x)
y: list
try:
    print(y)
except NameError:
    print("annotated only, not bound")
class P:
    name: str = "p"
    count: int
print(P.name, hasattr(P, "count"))
def g(v) -> None:
    return v
print(g(3))

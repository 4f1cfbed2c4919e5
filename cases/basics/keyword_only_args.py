# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__)
def g(*args, key=None):
    return args, key
print(g(1, 2, key="k"))
print(g())
def h(a, *rest, flag=False, **kw):
    return a, rest, flag, sorted(kw)
print(h(1, 2, 3, flag=True, z=1, y=2))

# *args and **kwargs combinations
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, b=2, a=3))
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(g(1, c=3))
print(g(1, 5, 6, 7, c=8, e=9))
def h(**kw):
    kw['new'] = 1
    return kw
orig = {'x': 0}
print(h(**orig), orig)
print(type(f()[0]).__name__, type(h()).__name__)

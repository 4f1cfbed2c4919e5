# duplicate keyword arguments via ** unpacking
def f(**kw):
    return sorted(kw.items())
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__)
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__)
print(f(**{'a': 1}, b=2))
def g(a, b):
    return a, b
try:
    g(1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__)

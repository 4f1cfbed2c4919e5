# unpacking generators and other iterables into calls
def f(*args):
    return args
print(f(*(x * x for x in range(4))))
print(f(*"abc", *[1], *range(2)))
print(f(*{"k1": 1, "k2": 2}))
def g(a, b, c):
    return a + b + c
print(g(*iter([1, 2, 3])))
try:
    g(*[1, 2])
except TypeError as e:
    print(type(e).__name__)

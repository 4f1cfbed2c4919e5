# defaults filled positionally or by keyword
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, c=9), f(1, 5), f(a=0, b=0, c=0))
print(f(c=1, a=2), f(1, 2, 3))
def g(a, *, k=1):
    return a, k
print(g(2), g(2, k=5), g(a=7))
def h(a=1, b=None, *args):
    return a, b, args
print(h(), h(5), h(5, 6, 7, 8))

# default values are evaluated once at definition time
n = 10
def f(x=n):
    return x
n = 20
print(f())
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1))
print(g(2))
print(g(3, []))
print(g(4))
def h(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(h(1), h(2))
calls = []
def side():
    calls.append("evaluated")
    return 0
def k(a=side()):
    return a
k(); k()
print(calls)

# each call creates an independent closure
def make_acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = make_acc(0)
b = make_acc(100)
print(a(1), a(2), b(1), a(3), b(10))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

# lambdas close over variables
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_late()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
k = 2
mul = lambda x: x * k
k = 5
print(mul(3))

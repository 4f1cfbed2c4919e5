# taking items from infinite generators manually
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
def squares():
    for n in naturals():
        yield n * n
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
print(take(5, naturals()))
print(take(5, squares()))
print(take(4, evens(squares())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))

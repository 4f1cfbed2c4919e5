# yield as an expression in different positions
def g():
    x = yield 1
    y = (yield 2) + 10
    z = [(yield 3), (yield 4)]
    yield (x, y, z)
it = g()
print(next(it))
print(it.send("x"))
print(it.send(5))
print(it.send("a"))
print(it.send("b"))
def bare():
    v = yield
    yield v
b = bare()
print(next(b), b.send("sent"))

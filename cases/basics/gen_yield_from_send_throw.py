# send() and throw() are forwarded through yield from
def inner():
    while True:
        try:
            v = yield
            print("inner got", v)
        except KeyError:
            print("inner handled KeyError")
def outer():
    yield from inner()
g = outer()
next(g)
g.send("x")
g.throw(KeyError)
g.send("y")
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("outer saw", e)

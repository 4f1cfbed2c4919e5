# throw() raises an exception at the paused yield
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("oops")))
print(next(it))
def h():
    yield 1
    yield 2
it2 = h()
next(it2)
try:
    it2.throw(KeyError("out"))
except KeyError as e:
    print("propagated:", e)
try:
    next(it2)
except StopIteration:
    print("generator is finished after unhandled throw")

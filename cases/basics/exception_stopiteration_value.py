# StopIteration carries a value
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as ex:
    print("value:", ex.value)
def h():
    return
    yield
try:
    next(h())
except StopIteration as ex:
    print("empty value:", ex.value)

# return value of a generator ends up in StopIteration.value
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def none_ret():
    yield 1
it = none_ret()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
print(list(g()))

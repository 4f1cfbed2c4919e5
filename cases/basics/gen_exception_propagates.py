# exceptions raised in a generator propagate to the consumer
def g():
    yield 1
    raise ValueError("in generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
try:
    next(it)
except StopIteration:
    print("finished after exception")
def safe():
    try:
        yield 1 / 0
    except ZeroDivisionError:
        yield "handled inside"
print(list(safe()))

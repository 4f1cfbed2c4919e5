# a generator cannot be re-entered while running
def g():
    yield it.send(None)
it = g()
try:
    next(it)
except ValueError as e:
    print(type(e).__name__)

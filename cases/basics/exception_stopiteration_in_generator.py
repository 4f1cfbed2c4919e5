# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def g():
    yield 1
    raise StopIteration("leak")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError")
except StopIteration:
    print("StopIteration")

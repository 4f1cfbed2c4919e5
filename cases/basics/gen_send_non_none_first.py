# sending a non-None value to a just-started generator is a TypeError
def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError as e:
    print(type(e).__name__)
print(it.send(None))

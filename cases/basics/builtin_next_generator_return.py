def g():
    yield 1
    return 'ret'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(it, 'dflt'))

# return inside generator try/finally and yield in finally
def g():
    try:
        yield 1
        return "normal"
    finally:
        print("finally runs before StopIteration")
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
def h():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(h()))

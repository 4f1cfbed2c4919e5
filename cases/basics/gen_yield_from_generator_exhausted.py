# yield from an exhausted generator yields nothing and returns None
def sub():
    yield 1
    return "first run"
s = sub()
list(s)
def outer():
    r = yield from s
    yield ("result", r)
print(list(outer()))
def empty():
    return
    yield
def outer2():
    r = yield from empty()
    yield r
print(list(outer2()))

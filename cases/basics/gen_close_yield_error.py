# yielding after GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
r = returns_on_close()
next(r)
print(r.close())

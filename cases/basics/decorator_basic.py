# simple and stacked decorators
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
def exclaim(f):
    def wrapper(*a, **k):
        return f(*a, **k) + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
@exclaim
@shout
def bye():
    return "bye"
print(bye())
@shout
@exclaim
def bye2():
    return "bye"
print(bye2())
order = []
def tag(n):
    order.append("make " + n)
    def d(f):
        order.append("apply " + n)
        return f
    return d
@tag("a")
@tag("b")
def x():
    pass
print(order)

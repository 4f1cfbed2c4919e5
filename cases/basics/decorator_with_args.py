# decorators with arguments
def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bo"))
def register(registry, key):
    def deco(f):
        registry[key] = f
        return f
    return deco
reg = {}
@register(reg, "sq")
def square(v):
    return v * v
print(reg["sq"](7), square(3))
def counted(f):
    count = [0]
    def w(*a):
        count[0] += 1
        return f(*a), count[0]
    return w
@counted
def ident(v):
    return v
print(ident(1), ident(2))

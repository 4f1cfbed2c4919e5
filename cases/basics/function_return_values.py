# return without value, multiple values, implicit None
def a():
    return
def b():
    pass
def c():
    return 1, 2
def d():
    return (1,)
def e():
    if False:
        return 1
print(a(), b(), c(), d(), e())
x, y = c()
print(x + y)
def early(n):
    for i in range(n):
        if i == 3:
            return "early", i
    return "late", n
print(early(10), early(2))

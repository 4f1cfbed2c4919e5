# functions stored on instances are not bound methods
class C:
    pass
def free(*args):
    return len(args)
c = C()
c.f = free
print(c.f(), c.f(1))
C.g = free
print(c.g(), c.g(1))
c.h = lambda: "instance lambda"
print(c.h())

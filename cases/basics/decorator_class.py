# class decorators and decorators that are classes
def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls
@add_method
class A:
    pass
print(A().extra())
class Trace:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Trace
def double(x):
    return x * 2
print(double(4), double(5), double.calls)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class S:
    pass
print(S() is S())

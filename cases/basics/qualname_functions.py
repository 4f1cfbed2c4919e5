# __qualname__ of functions: the dotted path through enclosing classes
# and functions.
def top():
    pass


def outer():
    def inner():
        def innermost():
            pass

        return innermost

    return inner


class C:
    def method(self):
        def helper():
            pass

        return helper

    class Inner:
        def deep(self):
            pass

    f = lambda self: None


print(top.__qualname__, top.__name__)
print(outer().__qualname__)
print(outer()().__qualname__, outer()().__name__)
print(C.method.__qualname__)
print(C().method().__qualname__)
print(C.Inner.deep.__qualname__)
print(C.f.__qualname__)
print((lambda: 0).__qualname__)

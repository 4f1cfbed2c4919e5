# __build_class__(body, name, *bases, **kw) is what a class statement
# calls. Given an ordinary function, it runs it (its locals stay its own,
# so the class is empty) and then calls the metaclass.
import builtins

print(builtins.__build_class__ is __build_class__)


def body():
    print("body runs")
    x = 1


Made = __build_class__(body, "Made")
print(Made.__name__, hasattr(Made, "x"), type(Made) is type)


class Base:
    pass


Sub = __build_class__(body, "Sub", Base)
print(Sub.__bases__ == (Base,), issubclass(Sub, Base))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)


M = __build_class__(body, "M", metaclass=Meta, flag=1)
print(type(M) is Meta)
try:
    __build_class__(42, "X")
except TypeError:
    print("TypeError")


def gen():
    yield 1


print(__build_class__(gen, "FromGenerator").__name__)
for bad in (len, Base, Base().__init__):
    try:
        __build_class__(bad, "Z")
    except TypeError as e:
        print("TypeError", e)

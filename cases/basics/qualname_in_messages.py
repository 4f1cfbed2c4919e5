# Argument errors and reprs name methods by their qualified name.
class Greeter:
    def hello(self, name):
        return "hi " + name

    class Nested:
        def go(self, a, b=1):
            pass


for call in (
    lambda: Greeter().hello(),
    lambda: Greeter().hello("a", "b"),
    lambda: Greeter.Nested().go(1, 2, 3),
    lambda: Greeter.Nested().go(),
):
    try:
        call()
    except TypeError as e:
        print(e)

r = repr(Greeter().hello)
print(r[: r.index(" of ")])
r = repr(Greeter.hello)
print(r[: r.index(" at ")])
r = repr(Greeter.Nested())
print(r[: r.index(" at ")])


def outer():
    def gen():
        yield

    return gen()


r = repr(outer())
print(r[: r.index(" at ")])

# __qualname__ of classes, and that it is not left in the class __dict__.
class Outer:
    class Middle:
        class Inner:
            pass


def factory():
    class Local:
        pass

    return Local


print(Outer.__qualname__, Outer.Middle.__qualname__, Outer.Middle.Inner.__qualname__)
print(Outer.Middle.Inner.__name__)
print(factory().__qualname__)
print("__qualname__" in Outer.Middle.__dict__)
print(repr(Outer.Middle.Inner))
print(repr(factory()))
print(type(Outer.Middle()).__qualname__)

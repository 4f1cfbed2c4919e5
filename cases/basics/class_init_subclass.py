# __init_subclass__ runs for each new subclass, with the class keywords.
registry = []


class Plugin:
    def __init_subclass__(cls, kind="default", **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, kind))


class A(Plugin):
    pass


class B(Plugin, kind="special"):
    pass


class C(B):
    pass


print(registry)

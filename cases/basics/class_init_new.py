# __new__ and __init__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called: __new__ returned another type")
w = Weird()
print(type(w).__name__)
class Cached:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Cached() is Cached())

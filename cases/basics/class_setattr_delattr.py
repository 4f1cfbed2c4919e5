# __setattr__ and __delattr__
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
o = Logged()
o.a = 5
o.b = "x"
print(o.a, o.b)
del o.a
print(hasattr(o, "a"))
print(o.log)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError("read-only")
r = ReadOnly()
try:
    r.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

# descriptors with __get__ and __set__
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        setattr(obj, self.name, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
p.name = "ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.name).__name__)
print(Person().name)

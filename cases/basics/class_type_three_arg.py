# creating classes dynamically with type(name, bases, dict)
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "x": 1})
Child = type("Child", (Base,), {"y": 2})
c = Child()
print(c.greet(), c.x, c.y)
print(Child.__name__, Child.__bases__[0].__name__)
print(isinstance(c, Base), type(Child).__name__)
print(type(5) is int, type("s") is str)
Empty = type("Empty", (object,), {})
print(Empty.__name__, type(Empty()).__name__)

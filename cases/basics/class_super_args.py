# super() with and without arguments
class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    def explicit(self):
        return super(Child, self).hello()
    @classmethod
    def make(cls):
        return "Child " + super().make()
c = Child()
print(c.hello())
print(c.explicit())
print(Child.make())
class GrandChild(Child):
    def hello(self):
        return "GC+" + super().hello()
    def skip(self):
        return super(Child, self).hello()
print(GrandChild().hello())
print(GrandChild().skip())

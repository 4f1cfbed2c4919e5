# mixin classes adding behaviour through multiple inheritance
class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return type(self).__name__ + "(" + fields + ")"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and self.__dict__ == o.__dict__
class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p, [p])
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print([c.__name__ for c in Point.__mro__])

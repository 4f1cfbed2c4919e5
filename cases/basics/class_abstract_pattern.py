# abstract base via NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return "%s with area %d" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
for s in (Sq(3), Rect(2, 5)):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)

# defining a class, instances, attributes and methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, -4)
print(p.x, p.y, p.norm1())
q = p.moved(1, 1)
print(q.x, q.y, p.x)
p.z = 10
print(p.z, hasattr(q, "z"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point))

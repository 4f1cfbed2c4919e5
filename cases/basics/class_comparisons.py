# rich comparison special methods
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max(Ver(0, 1), Ver(0, 0, 9)))
print(Ver(3) == Ver(3), Ver(3) != Ver(3))

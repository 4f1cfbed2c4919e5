# subclassing str and tuple
class Tag(str):
    def wrap(self):
        return "<" + self + ">"
t = Tag("b")
print(t.wrap(), t.upper(), len(t), t == "b", isinstance(t, str))
class Pair(tuple):
    def first(self):
        return self[0]
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p.first(), p.swap(), p[1], len(p), p == (1, 2))

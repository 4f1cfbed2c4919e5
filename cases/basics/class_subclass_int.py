# subclassing int lightly
class Meters(int):
    def describe(self):
        return "%dm" % self
m = Meters(5)
print(m.describe(), m + 3, m * 2, m == 5)
print(isinstance(m, int), type(m).__name__, type(m + 1).__name__)
print(Meters(7) > Meters(3), sorted([Meters(3), 1, Meters(2)]))
class Flag(int):
    pass
print(Flag(1) + Flag(2), bool(Flag(0)))

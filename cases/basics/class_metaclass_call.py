# A metaclass's __call__ runs when the class is called.
class Counting(type):
    made = 0

    def __call__(cls, *args):
        Counting.made += 1
        obj = super().__call__(*args)
        obj.serial = Counting.made
        return obj


class Thing(metaclass=Counting):
    def __init__(self, name):
        self.name = name


a = Thing("a")
b = Thing("b")
print(a.name, a.serial, b.name, b.serial, Counting.made)
print(type(Thing).__name__, isinstance(Thing, Counting))

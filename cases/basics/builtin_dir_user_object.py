# dir() of user objects includes instance and class attributes
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
names = [n for n in dir(Child()) if not n.startswith("__")]
print(sorted(names))
print("inst" in dir(Child()), "inst" in dir(Child))

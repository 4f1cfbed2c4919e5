# several context managers in one with, exit order reversed
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *a):
        print("exit", self.name)
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y"):
        raise ValueError
except ValueError:
    print("propagated")

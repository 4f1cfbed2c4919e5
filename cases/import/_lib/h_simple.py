# helper module for import cases (not a case itself)
value = 42
text = "simple"


def func(x):
    return x * 2


class Klass:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def uses_global():
    return value + 1

# lazily computed attribute cached in the instance
class Data:
    computations = 0
    def __init__(self, xs):
        self.xs = xs
        self._total = None
    @property
    def total(self):
        if self._total is None:
            Data.computations += 1
            self._total = sum(self.xs)
        return self._total
d = Data([1, 2, 3])
print(d.total, d.total, d.total, Data.computations)
d2 = Data(range(101))
print(d2.total, Data.computations)

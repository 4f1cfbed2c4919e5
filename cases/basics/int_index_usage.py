class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
L = [10, 20, 30, 40]
print(L[Idx(1)], L[Idx(-1)], L[Idx(1):Idx(3)], 'abc'[Idx(2)])
print(range(10)[Idx(3)], bin(Idx(5)), [1] * Idx(3))

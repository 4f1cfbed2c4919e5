# truthiness via __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
print("yes" if L(1) else "no", not L(0))
print([x.n for x in [L(0), L(2)] if x])
print(B(False) or "fallback")

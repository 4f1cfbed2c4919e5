class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
L = list(range(10))
print(L[I(2):I(5)], L[I(1):I(8):I(3)], 'hello'[I(1):], (1, 2, 3)[:I(-1)], b'abc'[I(1):], range(10)[I(2):I(4)])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, 1])

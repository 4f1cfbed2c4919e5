# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(0, k=10))
print(callable(add3), callable(Adder))
print(list(map(Adder(100), [1, 2])))
class Fn:
    def __call__(self):
        return "called"
print(Fn()())

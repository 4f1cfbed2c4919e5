# closures capture variables, not values
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_fixed():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_fixed()])
def cell_shared():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = cell_shared()
print(g()); s(42); print(g())

# generator expression scoping: outermost iterable evaluated immediately
x = [1, 2, 3]
g = (v * 10 for v in x)
x = [9]
print(list(g))
n = 2
h = (v * n for v in range(3))
n = 5
print(list(h))
def f():
    y = 3
    return list(a + y for a in range(2))
print(f())

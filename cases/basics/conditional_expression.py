# a if cond else b
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
y = 1 if x else 2 if x else 3
print(y)
z = (1 if False else 2) + 10
print(z)
print([i if i % 2 else -i for i in range(5)])
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(f(-1), f(0), f(1))
def side(v):
    print("side", v)
    return v
print(side(1) if True else side(2))

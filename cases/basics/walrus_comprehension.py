# walrus in comprehensions binds in the enclosing scope
vals = [y for x in range(5) if (y := x * x) % 2 == 0]
print(vals)
print(y)
def f(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total
print(f([1, 2, 3]))
print(any((last := c) == 'z' for c in "abz!"))
print(last)

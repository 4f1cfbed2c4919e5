# unpacking nested tuples in loops and comprehensions
data = [("a", (1, 2)), ("b", (3, 4))]
for name, (x, y) in data:
    print(name, x + y)
print([n * x for n, (x, _) in [(2, (5, 0)), (3, (7, 1))]])
print({k: v for k, (v, *_) in [("p", (1, 2, 3)), ("q", (4,))]})
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys, sum(x * y for x, y in pts))

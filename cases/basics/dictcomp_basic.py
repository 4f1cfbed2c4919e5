# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
print({x % 3: x for x in range(10)})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})

print({k: v for k, v in zip('abc', range(3))}, {x: x * x for x in range(4) if x % 2}, {(i, j): i * j for i in range(2) for j in range(2)})

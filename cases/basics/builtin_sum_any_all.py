# sum, any and all
print(sum([]), sum([1, 2, 3]), sum(range(101)))
print(sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.5, 0.25]), sum((True, True, False)))
print(any([]), any([0, 0]), any([0, 1]), any("a"))
print(all([]), all([1, 1]), all([1, 0]), all(""))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(v) for v in [0, 1, 2]), calls)

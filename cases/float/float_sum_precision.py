print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(sum(x / 10 for x in range(10)))

print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print(sum(range(101)), min(range(5, 10)), max(range(0, 10, 3)), sorted(range(3), reverse=True))

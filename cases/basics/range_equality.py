print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) == range(0, 1, 1), range(3) != range(4), range(0, 1, 3) == range(0, 1, 5), range(2) == [0, 1])
print(hash(range(3)) == hash(range(0, 3)), {range(3): 1}[range(0, 3, 1)])

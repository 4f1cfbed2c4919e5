r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(0, -10, -3)), list(range(-3)), list(range(2, -2, -1)))
print(r[0], r[-1], r[3], range(0, 20, 5)[2], range(10, 0, -2)[-1], r.start, r.stop, r.step, range(3).step)

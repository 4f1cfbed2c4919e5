r = range(20, -20, -3)
print(list(r[::2]), list(r[::-1]), list(r[3:8]), list(r[-3:]), list(r[5:1:-1]), r[2], r[-1], len(r), 5 in r, -1 in r, r.index(-1), r.count(2))

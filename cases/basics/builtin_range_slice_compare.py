# range slicing, equality and reversed
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3])
print(list(r[1:4]))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(list(reversed(range(1, 6, 2))))
print(range(0, 3) != range(0, 4))

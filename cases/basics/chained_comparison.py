# chained comparisons
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 > 4)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < x <= 5 != 6)
print(0 < x in [5, 6])
print(3 > 2 > 1 > 0 > -1)

# comparing ints, floats, bools
print(1 == 1.0, 1 == True, 0 == False)
print(2 > 1.5, -1 < -0.5)
print(True + True, True * 3)
print(1.0 in [1], 1 in [1.0], True in [1])
print(10 ** 20 == 1e20, 2 ** 53 + 1 > 2.0 ** 53)
print(max(1, 2.5, 2), min(True, 0.5))
print(3 != 3.0, 3 <= 3.0)

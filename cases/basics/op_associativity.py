# left/right associativity
print(8 - 4 - 2)
print(64 / 4 / 2)
print(2 ** 2 ** 3)
print(2 ** -1)
print(100 % 7 % 3)
print(1 << 2 << 3)
x = y = z = 5
print(x, y, z)
print("a" + "b" + "c")
print([1] + [2] + [3])

# big integer operations crossing small-int boundaries
x = 2 ** 62
for i in range(4):
    print(x, x * 2, -x)
    x *= 2
print((2 ** 100) // (2 ** 50))
print((2 ** 100) >> 98)
print((2 ** 100) & 0xff, (2 ** 100 + 5) | 2, (2 ** 100) ^ (2 ** 100))
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(divmod(10 ** 30, 7))
print(abs(-(10 ** 25)))
print(10 ** 20 == 100000000000000000000)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 5)

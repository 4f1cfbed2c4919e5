# Arbitrary-precision integers.
x = 1
for i in range(1, 1000):
    x *= i
print(len(str(x)))
a, b = 0, 1
for i in range(5000):
    a, b = b, a + b
print(len(str(a)), a % 1000000007)
print(pow(3, 100000, 10 ** 9 + 7))

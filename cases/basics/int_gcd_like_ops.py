a, b = 2**80 + 3, 2**40 + 1
while b:
    a, b = b, a % b
print(a)
x = 1
for i in range(1, 30):
    x *= i
print(x, x % 1000000007, x // 10**20)

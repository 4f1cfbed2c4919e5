# the right-hand side is evaluated before targets, targets left to right
x = [0, 1, 2]
i = 0
i, x[i] = 1, "set"
print(i, x)
a = [1, 2, 3]
a[0], a[a[0]] = 2, "z"
print(a)
b = c = [0]
b = b + [1]
print(b, c)
n = 5
n, m = n + 1, n * 2
print(n, m)

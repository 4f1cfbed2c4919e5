# unary operators
x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), ~~x)
print(-True, +False, ~True)
print(not None, not 0.0, not "a")
print(-(2 ** 80))
print(+(-3))
print(-0, -0.0)

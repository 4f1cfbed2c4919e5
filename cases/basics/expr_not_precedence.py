# precedence of not, unary minus and comparisons
a, b = 1, 2
print(not a == b, (not a) == b)
print(not a in [2], not (a in [2]))
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(not 0 + 1, not (0 + 1))
print(1 + 2 if False else 3 * 4)
g = lambda: 0 if False else a is not None
print(g())
f = lambda: 1 if a else 2
print(f())
print(a < b == True, (a < b) == True)

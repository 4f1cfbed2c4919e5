# starred assignment targets
a, *b, c = range(6)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = "x"
print(a, b)
first, *_, last = (1, 2, 3, 4, 5)
print(first, last, _)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__)

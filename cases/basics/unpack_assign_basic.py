# tuple unpacking assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [7]
print(h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    p, q = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__)
try:
    p, q, r = [1, 2]
except ValueError as ex:
    print(type(ex).__name__)

# list concatenation, repetition, comparison, multiplication pitfalls
a = [1, 2]
print(a + [3], a * 2, [0] * 3, a * 0)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] is [1, 2])
l = [5, 6, 7]
l[1] = "six"
l[-1] = "seven"
print(l)
try:
    l[10] = 0
except IndexError as e:
    print(type(e).__name__)
try:
    [] + ()
except TypeError as e:
    print(type(e).__name__)

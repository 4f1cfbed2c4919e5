# program: matrix multiplication and transpose with lists
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(matmul(identity(2), [[5, 6], [7, 8]]))
m = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(30):
    r = matmul(r, m)
print(r[0][1])

L = list(range(10))
L[2:5] = ['a', 'b']
print(L)
L[:0] = [-1]
print(L)
L[len(L):] = [99, 100]
print(L)
L[1:3] = []
print(L)
L[::2] = [0] * len(L[::2])
print(L)
L[1::2] = 'xyzwv'[:len(L[1::2])]
print(L)
L[:] = range(3)
print(L)
L[5:1] = [7]
print(L)
try:
    L[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    L[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
M = [1, 2, 3]
M[1:2] = M
print(M)

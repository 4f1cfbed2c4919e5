L = [3, 1, 2, -5, 0]
L.sort()
print(L, L.sort(), sorted([]), sorted([1]), sorted('bca'), sorted((3, 1)), sorted({3: 1, 1: 2}))
L.sort(reverse=True)
print(L, sorted([1.5, -2, True, 0]), sorted(['b', 'A', 'a']), sorted([[2], [1, 2], [1]]))

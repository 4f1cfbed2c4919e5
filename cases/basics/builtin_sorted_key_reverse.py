print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([-3, 1, -2], key=abs), sorted([], key=len), sorted({'b': 1, 'a': 2}.items()), sorted(['B', 'a', 'C'], key=str.lower))
try:
    sorted([1], 1)
except TypeError as e:
    print(type(e).__name__)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)

L = [3, 'a', 1]
try:
    L.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(len(L), sorted(L, key=str))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__)

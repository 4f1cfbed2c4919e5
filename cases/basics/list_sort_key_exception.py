L = [5, 3, 4, 1]
def key(x):
    if x == 4:
        raise ValueError('bad')
    return x
try:
    L.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(L))

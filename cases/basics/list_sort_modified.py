L = [3, 1, 2]
def key(x):
    L.append(x)
    return x
try:
    L.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(L)
M = [2, 1]
M.sort(key=lambda x: len(M))
print(M)

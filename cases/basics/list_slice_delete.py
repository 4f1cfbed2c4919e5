L = list(range(10))
del L[2:4]
print(L)
del L[::3]
print(L)
del L[-1]
print(L)
del L[::-2]
print(L)
del L[:]
print(L)
try:
    del L[0]
except IndexError as e:
    print(type(e).__name__, e)

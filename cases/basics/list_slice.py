L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[::2], L[1::3], L[::-1], L[8:2:-2], L[-1:-4:-1], L[5:2], L[100:], L[-100:2], L[::-3])
print(L[slice(1, 4)], L[slice(None, None, -1)][:2], L[2:8][1:3])
try:
    L[::0]
except ValueError as e:
    print(type(e).__name__, e)

print((1, 2) == [1, 2], (1, 2.0) == (1, 2), (1, 'a') < (1, 'b'), (1, 2, 3) > (1, 2))
n = float('nan')
print((n,) == (n,), [n] == [n], (1, n) < (2, n))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)

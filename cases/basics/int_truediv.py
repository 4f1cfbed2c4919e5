print(7 / 2, -7 / 2, 1 / 3, 6 / 3)
print(2**100 / 2**99, 10**30 / 10**10)
print((2**53 + 1) / 1)
print(1 / 2**1000)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**2000 / 2**1999)

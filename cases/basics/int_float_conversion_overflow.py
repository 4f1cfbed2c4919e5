try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10**400 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1023), float(-(2**1023)))
print(float(2**53 + 1), float(2**54 + 3))

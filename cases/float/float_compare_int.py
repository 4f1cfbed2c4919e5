big = 2**64 + 1
print(float(big) == big, float(big) < big, big > 2.0**64, 2**64 == 2.0**64)
print(1e308 < 10**309, -1e308 > -(10**309), 0.5 < 1, 1 > 0.5, 2 == 2.0)
print(float('nan') == 1, float('nan') < 2**100, float('inf') > 10**500)

# round(int, n) for n far past the number's digits: 0 (or the int itself
# for n >= 0), without computing a giant power of ten.
for v in (5, 15, 25, -35, 10**30 + 5 * 10**29, 123456789, 0, 2**64, -2**64, 10**40 - 1):
    print(round(v, -1), round(v, -2), round(v, -9), round(v, -30), round(v, -31))
    print(round(v, -40), round(v, -41), round(v, -60), round(v, 10**20))
print(type(round(True, -1)), round(True, -1))

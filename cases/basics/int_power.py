# integer power, negative exponent gives float
print(2 ** 10, (-2) ** 3, 0 ** 0)
print(2 ** -2)
print(pow(2, 10), pow(-3, 3))
print(10 ** 0, 1 ** 1000)
print(pow(7, 2, 5), pow(2, 100, 97))
print((-1) ** 101)

# abs, divmod, pow
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)))
print(abs(True), abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2))
print(pow(2, 8), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7))
print(pow(12345678901234567890, 3, 1000000007))
print(pow(5, 0, 1), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__)

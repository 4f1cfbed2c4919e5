# conversions between float and int with exact values
print(int(2.5), int(-2.5), int(1e10), int(-1e10))
print(float(2 ** 60) == 2 ** 60, int(float(2 ** 53)) == 2 ** 53)
print(int(123456789.0), int(0.999))
print(7 // 2.0, 7 % 2.5, -7 // 2.0)
print(1 / 4, 3 / 8, 10 / 4)
print(2 ** 0.5 > 1.41, 4 ** 0.5)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__)

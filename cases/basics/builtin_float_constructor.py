# float() from strings and ints
print(float(), float(3), float("2.5"), float("  -1.25 "))
print(float("1e3"), float("inf"), float("-inf"), float("nan") != float("nan"))
print(float("Infinity"), float("-iNF"))
print(float(10 ** 3), float(True))
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__)
print(float("0.5") + float(".5"))

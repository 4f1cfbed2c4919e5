# log2 of powers of two and log10 of powers of ten are exact.
import math

print([math.log2(2.0 ** k) for k in (-1074, -1022, -3, 0, 1, 52, 1023)])
print([math.log10(10.0 ** k) for k in (-300, -3, 0, 1, 2, 15, 22, 300)])
print(math.log2(2 ** 2000), math.log10(10 ** 400), math.log2(True))

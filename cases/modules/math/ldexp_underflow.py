# ldexp underflows to a signed zero (through subnormals) and keeps
# infinities, NaNs and zeros as they are.
import math

print(math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-1.0, -2000))
print(math.ldexp(1.5, -1074), math.ldexp(5e-324, 1074), math.ldexp(0.75, -1073))
print(math.ldexp(-math.inf, -3000), math.ldexp(math.inf, 3000), math.isnan(math.ldexp(math.nan, 5)))
print(math.ldexp(0.0, -(10 ** 20)), math.ldexp(-0.0, 10 ** 20))

# copysign takes the sign of y, also from signed zeros, and applies it to
# zeros, infinities and NaNs.
import math

print(math.copysign(0.0, -0.0), math.copysign(-0.0, 0.0), math.copysign(-0.0, -1))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(-5, 0))
print(math.copysign(math.inf, -0.0), math.copysign(-math.inf, 1e-300))
n = math.copysign(math.nan, -1.0)
print(math.isnan(n), math.copysign(1.0, n))
print(math.copysign(1.0, -math.nan), math.copysign(2, True), type(math.copysign(3, 4)).__name__)

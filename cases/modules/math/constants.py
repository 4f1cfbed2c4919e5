# math.e and math.pi, and the constants CPython also has.
import math

print(math.e)
print(math.pi)
print(math.tau)
print(math.inf, -math.inf)
print(math.isnan(math.nan))
print(type(math.e).__name__, type(math.pi).__name__)

# gamma of a large argument is OverflowError "math range error";
# gamma(171) is still finite; lgamma stays finite much further.
import math

print("%.6e" % math.gamma(171), "%.6e" % math.gamma(171.5))
for x in (171.7, 200, 1e10):
    try:
        print(math.gamma(x))
    except OverflowError as e:
        print(x, "OverflowError", e)
print("%.10g" % math.lgamma(200), "%.10g" % math.lgamma(1e300))

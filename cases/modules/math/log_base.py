# log(x, base) = log(x) / log(base), for int, float and big int bases.
import math

print(math.log(8, 2), "%.12g" % math.log(81, 3), math.log(0.125, 2), math.log(1, 10))
print("%.12g" % math.log(10, 0.5), "%.12g" % math.log(2 ** 100, 2 ** 10), "%.12g" % math.log(7, 7.0))
print(math.log(math.inf, 2), math.log(2, math.inf), math.log(0.5, 10) < 0)
print("%.12g" % math.log(10 ** 500, 10 ** 250), math.log(1000, 10) == math.log(1000) / math.log(10))

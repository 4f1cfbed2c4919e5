# 'f' (single) and 'd' (double) precision.
from array import array

f = array("f", [0.1, 1.0, 16777217, 3.4e38, 1e-45])
print(f)
d = array("d", [0.1, 16777217, 1e308, 5e-324])
print(d)
f[0] = 2.5
print(f[0], type(f[0]).__name__)
print(array("f", [float("inf")])[0], array("d", [float("-inf")])[0])
n = array("d", [float("nan")])[0]
print(n != n)
print(array("f", [1e300]))
print(array("d", [True, 7]))

# gamma at zero and the negative integers (its poles) is ValueError
# "math domain error"; just beside a pole it is finite.
import math

for x in (0, -1, -2, -3.0, -10, -100.0, -(2 ** 60)):
    try:
        print(math.gamma(x))
    except ValueError as e:
        print(x, "ValueError", e)
for x in (-0.5, -1.5, -2.5, -9.5):
    print(x, "%.10g" % math.gamma(x))

# lgamma at zero and the negative integers is ValueError; elsewhere it
# is log(abs(gamma(x))), also for negative x.
import math

for x in (0, 0.0, -0.0, -1, -2.0, -50):
    try:
        print(math.lgamma(x))
    except ValueError as e:
        print(x, "ValueError", e)
for x in (-0.5, -1.5, 0.5, 3.0, 4.5):
    print(x, "%.10g" % math.lgamma(x), "%.10g" % math.log(abs(math.gamma(x))))

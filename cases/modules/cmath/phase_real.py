# phase of ints and floats: 0 for positive, pi for negative numbers
# (also -0.0), a float in every case.
import cmath

for x in (1, 0, -1, 2.5, 0.0, -0.0, -1e-300, float("inf"), float("-inf"), True):
    print(repr(x), cmath.phase(x))
print(cmath.phase(complex(float("inf"), float("inf"))), cmath.phase(complex(float("-inf"), -1)))

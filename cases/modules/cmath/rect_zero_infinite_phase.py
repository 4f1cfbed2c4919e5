# rect of a zero modulus with an infinite or NaN phase is 0j (the phase
# does not matter), for both signs of zero.
import cmath

inf, nan = float("inf"), float("nan")
for r in (0.0, -0.0, 0):
    print(r, cmath.rect(r, inf), cmath.rect(r, -inf), cmath.rect(r, nan))

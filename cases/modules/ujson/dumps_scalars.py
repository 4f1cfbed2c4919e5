# dumps of None, bools, ints and floats.
import json

for v in (None, True, False, 0, 1, -1, 123456789, -(2**63), 2**64, 10**30, -(10**25)):
    print(json.dumps(v))
for v in (0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e16, 1e-7, 1e100, 123456789.123, 2.0**53, 5e-324):
    print(json.dumps(v))
# Non-finite floats use JavaScript's names.
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))

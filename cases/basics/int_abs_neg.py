print(abs(-5), abs(5), abs(-(2**70)), -(-(2**63)), abs(-(2**63)))
print(+7, -0, -True, +False, abs(True))
print(type(-(2**63)).__name__, -(2**63) + 2**63)

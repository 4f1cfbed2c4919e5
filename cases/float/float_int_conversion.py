print(int(1e18), int(1.5e19), int(-2.0**63), int(2.0**63), int(1e300) % 1000)
print(int(0.9999999999999999), int(-1e-300), float(2**63), float(-(2**63)))
print(2**53 + 1.0, float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))

# small + small crossing the 64-bit boundary, and back
a = 2**63 - 1
print(a + 1, a + 1 - 1, -a - 2, (a + 1) - (a + 1))
print(type(a + 1 - 1).__name__)
print(9223372036854775807 + 9223372036854775807)
print(-9223372036854775808 - 1)

# big integer literals and arithmetic
a = 123456789012345678901234567890
print(a)
print(a + 1)
print(a * a)
print(-a)
print(0xffffffffffffffffffffffff)
print(0b1 << 100)
print(2 ** 64, 2 ** 64 - 1)
print(a // 7, a % 7)
print(type(a).__name__)

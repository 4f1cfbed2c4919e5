# integer literals in every base
print(0b1011, 0B11)
print(0o17, 0O777)
print(0x1f, 0XFF, 0xdeadBEEF)
print(0, 00, 0_0)
print(-0x10, -0o10, -0b10)
print(0b0, 0o0, 0x0)
print(type(0x10).__name__)

# underscores in numeric literals
print(1_000_000)
print(0x_ff_ff)
print(0b_1010_1010)
print(0o_7_7)
print(1_2_3 + 4_5)
print(1_0.5)
print(1e1_0)
print(1_000.000_1 > 1000)

for n in (0, 1, -1, 7, 8, -8, 255, 256, 2**63 - 1, 2**63, -(2**63), 2**100):
    print(n, n.bit_length())
print(True.bit_length())

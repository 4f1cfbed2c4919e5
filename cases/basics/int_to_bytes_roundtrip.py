for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -(2**63), 12345678901234567890):
    L = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        b = n.to_bytes(L, order, signed=True)
        print(n, b, int.from_bytes(b, order, signed=True) == n)

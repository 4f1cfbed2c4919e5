for x in (1.0, 0.5, -0.1, 0.0, 1e300, 5e-324, 3.75):
    print(x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x10'), float.fromhex(' 0x1p-2 '), float.fromhex('inf'))

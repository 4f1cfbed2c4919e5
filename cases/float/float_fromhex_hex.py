for s in ('0x1p0', '0x1.8p1', '-0x1.fffffffffffffp1023', '0x1p-1074', '0X1P-2', '  0x.8p1  ', 'inf', '-INFINITY', 'nan', '0x1.000000000000080p0', '0x1.00000000000018p0'):
    x = float.fromhex(s)
    print(s.strip(), repr(x), x.hex())
for bad in ('0x', '1p', '0xg', '0x1p', ''):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__)

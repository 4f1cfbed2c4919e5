try:
    import array
except ImportError:
    print('SKIP')
    raise SystemExit
for code, vals in (('b', [-1, 127]), ('B', [0, 255]), ('h', [-300, 300]), ('H', [65535]), ('I', [2**32 - 1]), ('q', [-2**63]), ('Q', [2**64 - 1]), ('f', [1.5, -0.25]), ('d', [1e300])):
    a = array.array(code, vals)
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.tolist(), len(bytes(m)))

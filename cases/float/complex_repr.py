for c in (0j, -0j, 1 + 0j, complex(0, -0.0), 1e20 + 1e-20j, complex(float('inf'), float('nan')), 0.1 + 0.2j, complex(-1, 1), 1j * 1e300):
    print(repr(c), str(c))

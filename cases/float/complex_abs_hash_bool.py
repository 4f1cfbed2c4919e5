print(abs(3 + 4j), abs(-5j), abs(complex(float('inf'), 1)), bool(0j), bool(1j), bool(complex(0, -0.0)), hash(3 + 0j) == hash(3), (1j).imag, (2 + 3j).real)

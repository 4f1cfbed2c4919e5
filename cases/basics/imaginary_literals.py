# imaginary and complex literals
print(1j, 2.5j, 0j)
print(1 + 2j)
print((1 + 2j) * (3 - 1j))
print((2j).imag, (2j).real)
print(type(1j).__name__)
print(1j * 1j)
print(abs(3 + 4j))
print(complex(1, 2) == 1 + 2j)

c = complex(1, 2)
print(c, repr(c), c.real, c.imag, c.conjugate(), abs(complex(3, 4)))
print(complex(), complex(2), complex(0, 1), complex(-1.5, -0.0), 1j, -1j, 2 + 3j, 1.5e10j)
print(complex('1+2j'), complex('-3j'), complex(' 4.5 '), complex('(1-1j)'), complex('inf-infj') if False else '')

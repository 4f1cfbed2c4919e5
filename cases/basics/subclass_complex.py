class C(complex):
    def mag(self):
        return abs(self)
c = C(3, 4)
print(c, c.mag(), c.real, c.imag, c + 1, c * 1j, c.conjugate(), c == 3 + 4j, type(c + 1).__name__, repr(C()), C('1+2j'))

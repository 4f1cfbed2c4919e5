print((5).as_integer_ratio(), (-7).as_integer_ratio(), (0).as_integer_ratio())
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(True.numerator, (2**70).denominator)

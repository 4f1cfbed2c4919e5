# complex(real, imag) keeps the sign of a zero imaginary part; complex
# arguments combine as (a+bj) + (c+dj)*1j.
print(complex(1, -0.0), complex(1, 0.0), complex(-0.0, -0.0))
print(complex(1 + 2j, 3j), complex(2, 3), complex(1j, 1j))

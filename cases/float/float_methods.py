print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).real, (1.5).imag, (1.5).conjugate())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__)

for x in (0.0, -0.0, 1.0, 1.5, 0.1, 1e308, 5e-324, -2.75, 2.0**60):
    print(x.is_integer(), x.as_integer_ratio())

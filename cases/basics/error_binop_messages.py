pairs = [(1, 'a'), ('a', 1), ([1], 1), (1, [1]), (None, 1), ({}, {}), (1.5, 'x'), ((), []), (b'x', 'x'), ({1}, [1])]
for a, b in pairs:
    for name, f in (('+', lambda: a + b), ('-', lambda: a - b), ('/', lambda: a / b), ('**', lambda: a ** b), ('&', lambda: a & b)):
        try:
            f()
        except TypeError as e:
            print(name, e)

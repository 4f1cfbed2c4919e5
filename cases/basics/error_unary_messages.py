for v in ('a', [1], None, {}, 1.5):
    for name, f in (('-', lambda: -v), ('~', lambda: ~v), ('+', lambda: +v)):
        try:
            f()
        except TypeError as e:
            print(name, e)

for t in ('d', 'n', 'x', 'o', 'b', 'c', 'e', 'f', 'g', '%', 'E', 'F', 'G', 'X'):
    try:
        print(t, repr(format(65, '10' + t)))
    except ValueError as e:
        print(t, type(e).__name__)

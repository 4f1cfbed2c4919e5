pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, None), ({}, 1), (1j, 2j), (object, 1)]
for a, b in pairs:
    for name, f in (('<', lambda: a < b), ('>=', lambda: a >= b)):
        try:
            f()
        except TypeError as e:
            print(name, e)
print(1 == 'a', None == 0, [] == (), {} != [])

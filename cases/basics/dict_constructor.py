print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict({'k': 1}, k=2, j=3), dict(zip('ab', [1, 2])), dict([]), dict(((1, 2),)))
for bad in ([1, 2], [(1, 2, 3)], 5, ['ab', 'c']):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

cases = [(1, 'q'), (1.5, 'd'), ('s', 'd'), (1, '.2s'), ('s', '+'), ('s', '#'), (1, ',_'), (1, '_,'), (1.5, 'c'), ([], 's'), (1, '=^5'), (1, '10.5.5')]
for v, spec in cases:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)

print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100, '\u00e9' * 3)
for f in (lambda: 'a' + 1, lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: 1 + 'a'):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

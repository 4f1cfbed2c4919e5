for v in (1, 'a', None, [1]):
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
for f in (lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: isinstance(1), lambda: chr(), lambda: [].append(), lambda: [].append(1, 2)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)

print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, True])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, 'a1b2')))
f = filter(None, [3, 0, 4])
print(next(f), list(f), type(f).__name__)

print({1}, {1, 2} if False else '', set(), frozenset(), frozenset({5}), {(1, 2)}, {None}, {'a'}, set([frozenset()]))

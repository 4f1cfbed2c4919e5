print(min(1, 2.5, True), max(-1, -1.0), max([3, 1], [3, 0]), min('b', 'ab'), max((1, 'z'), (1, 'a')), min([[]], [[0]]), max(range(3), key=lambda x: x % 3))
print(max({'a': 1, 'b': 0}, key=lambda k: {'a': 1, 'b': 0}[k]), min(iter([5, 3, 4])), max('abc', default='x'), min((x for x in []), default='empty'))

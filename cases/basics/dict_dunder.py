d = {'a': 1}
print(d.__len__(), d.__contains__('a'), d.__getitem__('a'), d.__eq__({'a': 1}), d.__or__({'b': 2}), dict.__len__(d))
d.__setitem__('b', 2)
d.__delitem__('a')
print(d, list(d.__iter__()), d.__ior__({'c': 3}), d)

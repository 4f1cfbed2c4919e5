t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'abc'.translate({97: None, 98: 'BB', 99: 100}))
print(sorted(str.maketrans({'a': 'b', 'c': None}).items()), sorted(str.maketrans('ab', 'cd', 'e').items()))

print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {} == {}, {'a': [1]} == {'a': [1]}, {1: 'a'} == {True: 'a'})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)

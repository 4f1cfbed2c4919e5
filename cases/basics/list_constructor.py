print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list({3: 0}.values()), list(x * 2 for x in [1, 2]), list([1, [2]]))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)

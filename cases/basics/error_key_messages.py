d = {'a': 1}
for k in ('b', 1, (1, 2), None, ''):
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    {}.pop('x')
except KeyError as e:
    print(repr(e))
try:
    set().remove(5)
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))

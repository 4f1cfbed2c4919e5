for obj, key in ((1, 0), (None, 0), ([1], 'a'), ((1,), 1.5), ('ab', None), ({}, []), (len, 0)):
    try:
        obj[key]
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
for obj in ((1,), 'ab', 5):
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)

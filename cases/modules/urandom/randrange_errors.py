# randrange of an empty range or with a zero step is ValueError.
try:
    import urandom as random
except ImportError:
    import random

for args in ((0,), (-1,), (3, 3), (3, 2), (0, 10, 0), (10, 0, 2), (0, 10, -1)):
    try:
        random.randrange(*args)
        print(args, "no error")
    except ValueError:
        print(args, "ValueError")

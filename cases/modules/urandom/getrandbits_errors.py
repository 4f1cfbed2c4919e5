# getrandbits needs one int argument.
try:
    import urandom as random
except ImportError:
    import random

for args in ((), ("8",), (8.0,), (1, 2)):
    try:
        random.getrandbits(*args)
    except TypeError:
        print(len(args), "TypeError")

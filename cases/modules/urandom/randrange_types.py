# randrange returns an int, for int, bool and big int arguments.
try:
    import urandom as random
except ImportError:
    import random

random.seed(4)
for args in ((10,), (True, 5), (0, 2 ** 70), (-5, 5, 2)):
    print(args, type(random.randrange(*args)).__name__)

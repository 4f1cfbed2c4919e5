# choice of an empty sequence is IndexError, for any sequence type.
try:
    import urandom as random
except ImportError:
    import random

for seq in ([], (), "", b"", range(0), range(5, 5)):
    try:
        random.choice(seq)
    except IndexError:
        print(type(seq).__name__, "IndexError")

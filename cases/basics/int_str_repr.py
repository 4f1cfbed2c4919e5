for n in (0, -0, 7, -7, 2**64, -(10**25), 10**50):
    print(str(n), repr(n), len(str(n)))

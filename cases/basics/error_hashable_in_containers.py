for f in (lambda: {[1]: 2}, lambda: {[1]}, lambda: [1] in {1: 2}, lambda: {1: 2}.get([1]), lambda: {(1, [2])}, lambda: dict.fromkeys([[1]])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

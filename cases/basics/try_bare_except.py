# bare except catches everything
for exc in (ValueError, KeyboardInterrupt, SystemExit, StopIteration):
    try:
        raise exc
    except:
        print("bare caught", exc.__name__)
try:
    try:
        raise TypeError("t")
    except:
        print("handling")
        raise
except TypeError as e:
    print("re-raised", e)

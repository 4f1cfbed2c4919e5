# an exception raised inside an except handler propagates
def f():
    try:
        raise ValueError
    except ValueError:
        raise TypeError("from handler")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise IndexError
    except IndexError:
        {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    try:
        raise IndexError
    except IndexError:
        pass
    print("handled cleanly")
except Exception:
    print("not reached")

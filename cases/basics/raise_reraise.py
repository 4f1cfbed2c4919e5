# bare raise re-raises the current exception
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print("raise stored instance", e)
try:
    raise
except RuntimeError as e:
    print("bare raise with no active exception:", type(e).__name__)

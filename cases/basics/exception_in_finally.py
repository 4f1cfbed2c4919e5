# an exception raised in finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except Exception as e:
    print(type(e).__name__, e)
def f():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised")
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)

# __exit__ receives exception type and value
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, type(ev).__name__, ev.args, isinstance(ev, et))
        return True
with Inspect():
    raise ValueError("info", 1)
with Inspect():
    raise KeyError
class Raises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raises():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e)

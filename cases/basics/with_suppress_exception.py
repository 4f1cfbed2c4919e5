# __exit__ returning True suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
print("continued")
with Suppress(ValueError, TypeError):
    raise ValueError("bad value")
    print("not reached")
try:
    with Suppress(KeyError):
        raise IndexError("idx")
except IndexError as e:
    print("not suppressed", e)

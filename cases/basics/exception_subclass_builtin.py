# subclassing builtin exceptions
class MyKeyError(KeyError):
    pass
class MyValueError(ValueError):
    def __init__(self, v):
        super().__init__("bad: " + repr(v))
        self.v = v
try:
    raise MyKeyError("m")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise MyValueError(42)
except ValueError as e:
    print(e, e.v, e.args)
print(isinstance(MyKeyError(), KeyError), issubclass(MyValueError, Exception))

# exception instances are normal objects with attributes (user classes)
class E(Exception):
    code = 100
try:
    raise E("msg")
except E as e:
    print(e.code, e.args)
    e.extra = "added"
    print(e.extra)
err = ValueError("a")
print(err.args, isinstance(err, Exception), type(err).__name__)
print(ValueError.__name__, issubclass(type(err), ValueError))
e2 = E()
print(e2.args, str(e2) == "")

# the 'as' name is unbound after the except block
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError:
    print("e is unbound after except")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except NameError:
        return "err unbound in function too"
print(f())
try:
    raise KeyError
except KeyError as saved:
    keep = saved
print(type(keep).__name__)

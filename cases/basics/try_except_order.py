# the first matching clause wins, base class before subclass
try:
    raise KeyError("a")
except LookupError:
    print("LookupError clause")
except KeyError:
    print("KeyError clause (unreachable)")
try:
    raise IndexError
except KeyError:
    print("wrong")
except IndexError:
    print("IndexError clause")
try:
    raise OverflowError
except BaseException as e:
    print("BaseException catches", type(e).__name__)

# Element ranges: the limits fit, one beyond raises OverflowError with
# CPython's message.
from array import array

limits = {
    "b": (-(2**7), 2**7 - 1),
    "B": (0, 2**8 - 1),
    "h": (-(2**15), 2**15 - 1),
    "H": (0, 2**16 - 1),
    "i": (-(2**31), 2**31 - 1),
    "I": (0, 2**32 - 1),
    "l": (-(2**63), 2**63 - 1),
    "L": (0, 2**64 - 1),
    "q": (-(2**63), 2**63 - 1),
    "Q": (0, 2**64 - 1),
}
for code, (lo, hi) in limits.items():
    print(array(code, [lo, hi]))
    for bad in (lo - 1, hi + 1, lo - 2**70, hi + 2**70):
        try:
            array(code, [bad])
            print("no error", code, bad)
        except OverflowError as e:
            print(code, bad, e)
# Assignment and append check too.
a = array("b", [0])
for f in (lambda: a.append(128), lambda: a.__setitem__(0, -129), lambda: a.insert(0, 999)):
    try:
        f()
    except OverflowError as e:
        print(e)
print(a)

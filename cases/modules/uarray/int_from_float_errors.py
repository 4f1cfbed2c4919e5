# Integer arrays reject floats, even integral ones.
from array import array

for code in "bBhHiIlLqQ":
    a = array(code, [0])
    try:
        a.append(1.0)
    except TypeError:
        print(code, "TypeError")
    print(code, a)

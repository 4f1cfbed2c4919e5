# Float arrays convert ints to float; an int too large for a double is an
# OverflowError, for 'f' and 'd', in the constructor, append and setitem.
from array import array

print(array("d", [2**1023]), array("f", [2**20]))
for code in "fd":
    try:
        array(code, [2**1024])
    except OverflowError as e:
        print(code, "OverflowError", e)
    a = array(code, [0.0])
    for f in (lambda: a.append(-(2**2000)), lambda: a.__setitem__(0, 10**400)):
        try:
            f()
        except OverflowError:
            print(code, "OverflowError")
    print(a)

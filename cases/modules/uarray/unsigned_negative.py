# Unsigned type codes reject negative numbers with OverflowError.
from array import array

for code in "BHILQ":
    try:
        array(code, [-1])
    except OverflowError:
        print(code, "OverflowError")
    a = array(code, [0])
    try:
        a[0] = -1
    except OverflowError:
        print(code, "OverflowError")
    print(a)

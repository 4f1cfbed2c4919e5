# repr of empty arrays of every type code, including the float ones.
from array import array

for code in "bBhHiIlLqQfd":
    print(repr(array(code)), str(array(code, [])))

# Items can be set with bool and negative indexes; bool values are ints.
from array import array

a = array("b", [0, 0, 0])
a[True] = 5
a[False] = True
a[-1] = -1
print(a, a[True])

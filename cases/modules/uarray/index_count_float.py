# index() and count() compare by value across int and float.
from array import array

d = array("d", [1.0, 2.5, 1.0])
print(d.count(1), d.count(1.0), d.count(2), d.index(2.5), d.index(1, 1))
i = array("i", [3, 4])
print(i.index(4.0), i.count(3.0), i.count("3"))

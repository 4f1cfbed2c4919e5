# del a[i] and del a[slice].
from array import array

a = array("i", range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-1]
print(a)
a = array("b", [1, 2, 3])
try:
    del a[5]
except IndexError:
    print("IndexError")
print(a)

# Indexing: read, write, negative indices, errors.
from array import array

a = array("h", [10, 20, 30])
print(a[0], a[2], a[-1], a[-3])
a[0] = -5
a[-1] = 7
print(a)
for i in (3, -4, 100):
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        a[i] = 1
    except IndexError as e:
        print("IndexError", e)
try:
    a["x"]
except TypeError:
    print("TypeError")
try:
    a[0] = 1.5
except TypeError:
    print("TypeError")
d = array("d", [0.0, 0.0])
d[1] = 3
d[0] = -0.5
print(d, d[1], type(d[1]).__name__)
q = array("Q", [2**64 - 1])
print(q[0], q[-1] == 2**64 - 1)
print(a[True])

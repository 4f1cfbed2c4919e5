# The list-like methods.
from array import array

a = array("i", [1, 2, 3, 2, 1])
print(a.count(2), a.count(7), a.count(2.0))
print(a.index(2), a.index(2, 2), a.index(1, -1))
try:
    a.index(5)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(2, 0, 1)
except ValueError:
    print("ValueError")
a.insert(0, 9)
a.insert(-1, 8)
a.insert(100, 7)
a.insert(-100, 6)
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(2)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    array("b").pop()
except IndexError as e:
    print("IndexError", e)
try:
    a.pop(50)
except IndexError as e:
    print("IndexError", e)
a.reverse()
print(a)
print(a.tolist(), type(a.tolist()).__name__)
a.fromlist([10, 11])
print(a)
try:
    a.fromlist((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    a.fromlist([12, "x"])
except TypeError:
    print("TypeError")
print(a)

# User classes deriving from array.
from array import array


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1.0, 2.0, 4.5])
print(type(s).__name__, isinstance(s, array), s.mean())
s.append(0.5)
print(len(s), s[-1], s[1:3], list(s), s.typecode)
print(s == array("d", [1.0, 2.0, 4.5, 0.5]))
print(bytes(s) == bytes(array("d", [1.0, 2.0, 4.5, 0.5])))
s += array("d", [2.0])
print(type(s).__name__, s.mean())

a = {5.0, 1}
b = {5, 2, 3}
print(sorted(a & b, key=repr), sorted(b & a, key=repr), sorted(a.intersection(b), key=repr), sorted(b.intersection(a), key=repr))
c = {True, 7}
d = {1, 7}
print(sorted(c & d, key=repr), sorted(d & c, key=repr))
e = {1.0}
e &= {1}
print(e)
print({1: 'x'}.keys() & {1.0}, {1: 'x', 2: 'y'}.keys() & {1.0})

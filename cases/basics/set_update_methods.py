# in-place set update methods
s = {1, 2, 3}
s.update([4, 5], (6,))
print(sorted(s))
s.intersection_update({1, 2, 3, 4, 10})
print(sorted(s))
s.difference_update([1])
print(sorted(s))
s.symmetric_difference_update({3, 4, 5})
print(sorted(s))
s.clear()
print(s, len(s))
t = {1}
t &= {1, 2}
t ^= {5}
print(sorted(t))

s = {1, 2}
print(sorted(s.__or__({3})), sorted(s.__and__({2})), sorted(s.__sub__({1})), sorted(s.__xor__({2, 5})), s.__contains__(1), s.__len__(), s.__eq__({1, 2}), s.__le__({1, 2, 3}), s.__or__([1]))
s.__ior__({7})
print(sorted(s))

# A set's in-place operator methods return NotImplemented for a non-set.
s = {1, 2}
print(s.__ior__([3]), s.__iand__((1,)), s.__isub__(1), s.__ixor__('a'))
print(s.__ior__({3}) is s, sorted(s))
print(s.__iand__(frozenset({1, 3})) is s, sorted(s))
print(s.__ixor__({5}) is s, sorted(s), s.__isub__({1}) is s, sorted(s))
t = {1}
try:
    t |= [2]
except TypeError as e:
    print(type(e).__name__, e)
class MySet(set):
    pass
m = MySet({1})
print(m.__ior__({2}) is m, sorted(m), m.__ior__([3]))

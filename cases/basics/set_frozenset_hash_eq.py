a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), a is not b, {a: 1}[b], len({a, b}), frozenset() == frozenset([]), hash(frozenset()) == hash(frozenset()))
print(set([1, 2]) == frozenset([2, 1]), {frozenset([1]), frozenset([1.0])}, frozenset([frozenset([1])]) == {frozenset([1])})

# subset and superset comparisons
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a)
print(a == b, a != b, {3} < a)
print(a.issubset(b), b.issuperset(a), a.issuperset(b))
print(set() < a, set() == set(), set() <= set())

# set operations (results sorted before printing)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a <= a, {1} < a, a > {1, 2}, a.issubset(a | b), a.isdisjoint({7}))
s = set()
s.add(1); s.add(1); s.add(2)
print(sorted(s))
s.discard(5); s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__)
s |= {7, 8}
s -= {8}
print(sorted(s), len(s), 7 in s)
print(s.pop() in {2, 7}, len(s))

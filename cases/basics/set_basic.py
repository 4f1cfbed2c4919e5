s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 3 in s, 9 in s, set(), sorted(set('hello')), sorted(set([1, 1, 2])), set() == set(), {1} == {1.0})
s.discard(9)
s.discard(1)
s.remove(2)
print(sorted(s))
try:
    s.remove(9)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in (3, 4), len(s))
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)

# various for loop targets
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
l = [0, 0, 0]
for l[0] in range(3):
    pass
print(l)
class O:
    pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
for i in range(3):
    pass
print("loop var persists", i)
d = {'a': 1, 'b': 2}
for k in d:
    print(k, d[k])

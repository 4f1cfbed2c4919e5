# del on names, items, slices, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__)
l = [1, 2, 3, 4]
del l[0]
print(l)
del l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, 'a'), o.b)
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())

# * and ** unpacking in list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 0, *b))
print(sorted({*a, *b, 1}))
print([*"xy", *range(2)])
d1 = {'a': 1}
d2 = {'b': 2, 'a': 9}
print({**d1, **d2})
print({**d2, **d1, 'c': 3})
print({'z': 0, **d1})
x = *a, *b
print(x)
print([*[], *()])

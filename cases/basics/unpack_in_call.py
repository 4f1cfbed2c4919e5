# * and ** unpacking in calls
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
args = [1, 2, 3, 4]
print(f(*args))
print(f(*[1], *[2]))
print(f(1, *(2, 3), 9))
print(f(**{'a': 1, 'b': 2}))
print(f(1, **{'b': 5}, x=1))
print(f(*"ab", **{'c': 3}, **{'z': 0}))
print(f(*range(2), d=4))

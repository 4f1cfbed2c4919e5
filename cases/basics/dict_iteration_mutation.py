d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['c'] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = 0
print(d)
for k in list(d):
    del d[k]
print(d)

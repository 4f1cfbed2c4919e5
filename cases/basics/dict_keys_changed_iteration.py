# Replacing keys while iterating over a dict (same size): RuntimeError.
def run(n, f):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            f(d, k)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(len(seen), sorted(d.items())[:6])

def readd(d, k):
    del d[k]
    d[k] = 'x'

def swap(d, k):
    del d[k]
    d[k + 100] = 'y'

def touch(d, k):
    d[k] = 'z'

for n in (2,):
    for f in (readd, touch):
        run(n, f)
d = {1: 1, 2: 2}
it = iter(d.values())
print(next(it))
del d[2]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
for k in list(s):
    s.discard(k)
    s.add(k + 10)
print(sorted(s))

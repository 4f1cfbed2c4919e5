# A long deterministic mix of set operations: iteration order as CPython's.
state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] / 2147483648
def randint(a, b):
    return a + int(rnd() * (b - a + 1))
def choice(l):
    return l[int(rnd() * len(l))]
out = []
s = set()
for step in range(1500):
    r = rnd()
    k = randint(-200, 200) * choice([1, 1, 7, 1000003])
    if r < 0.5:
        s.add(k)
    elif r < 0.7:
        s.discard(k)
    elif r < 0.75 and s:
        s.pop()
    elif r < 0.8:
        s |= {k, k + 1, -k}
    elif r < 0.85:
        s -= set(range(k % 50))
    elif r < 0.9:
        s = s ^ {k, 3, 5}
    elif r < 0.93:
        s = set(s)
    elif r < 0.95:
        s = s & set(range(-300, 300))
    elif r < 0.97:
        s = frozenset(s) | set()
        s = set(s)
    else:
        s.update((k, 2 * k, 3 * k), [1.5, k + 0.0])
    if step % 100 == 0:
        print(list(s)[:30], len(s))
print(list(s))

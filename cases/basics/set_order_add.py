# Sets built by add() and set(iterable) iterate in CPython's order.
s = set()
for i in range(30, 0, -3):
    s.add(i)
print(s)
print(set(range(40, 0, -1)))
print(set([8, 16, 24, 32, 40, 48]))
print(set((1 << k for k in range(12))))
print({n * 17 % 64 for n in range(25)})
print(set([-7, 7, -70, 70, 0]))

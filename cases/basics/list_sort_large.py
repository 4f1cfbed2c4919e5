xs = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(xs)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(x % 10, i) for i, x in enumerate(xs)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][1] < sp[i + 1][1] for i in range(len(sp) - 1) if sp[i][0] == sp[i + 1][0]))
print(sorted(range(10), reverse=True), sorted([3, 1, 2], key=lambda x: -x))

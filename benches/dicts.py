# Dict and set operations with str and int keys.
d = {}
for i in range(200000):
    d["k" + str(i % 5000)] = i
print(len(d), d["k42"])
s = set()
for i in range(200000):
    s.add(i * 7 % 10007)
print(len(s))
counts = {}
for w in ("a b c d e f g " * 20000).split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

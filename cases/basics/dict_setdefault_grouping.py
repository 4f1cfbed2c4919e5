# grouping idioms with setdefault and get
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(max(counts, key=counts.get))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)

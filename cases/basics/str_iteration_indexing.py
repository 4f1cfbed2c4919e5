# iterating and indexing strings
s = "Python"
for i, c in enumerate(s):
    print(i, c, s[-1 - i])
print([c for c in s if c in "aeiouy"])
print(list(s), tuple(s[:2]))
print(s[0] + s[-1], s[1:-1])
it = iter(s)
print(next(it), next(it))

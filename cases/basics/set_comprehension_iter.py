print(sorted({x % 3 for x in range(10)}), sorted(set(range(5)) - {0}), sorted(set('abc') | set('cde')))
s = set(range(20))
print(sum(s), max(s), min(s), sorted(s)[:3], len([x for x in s if x % 2]))

# recursive functions building results
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append(items[i:i + 1] + p)
    return out
print(permutations("abc"))
print(len(permutations([1, 2, 3, 4])))
def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(powerset([1, 2, 3])))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))

# inner iterables of a multi-for genexp are evaluated per outer item
calls = []
def inner(n):
    calls.append(n)
    return range(n)
g = ((a, b) for a in range(3) for b in inner(a))
print(calls)
print(list(g))
print(calls)
print([(a, b) for a in "xy" for b in a * 2])

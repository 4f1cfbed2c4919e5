# 'in' on an iterator consumes it up to the match
it = iter([1, 2, 3, 4, 5])
print(3 in it)
print(list(it))
g = (x * x for x in range(10))
print(16 in g, next(g))
print(100 in g)
print(list(g))

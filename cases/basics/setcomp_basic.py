# set comprehensions (printed sorted)
s = {x % 4 for x in range(20)}
print(sorted(s))
print(sorted({c for c in "mississippi"}))
print(len({x for x in range(100) if x % 7 == 0}))
print(type({x for x in []}).__name__)

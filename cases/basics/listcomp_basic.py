# list comprehensions
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in "ab" for y in "12"])
print([x for x in range(20) if x % 2 if x % 3])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "hey"])
print([x for x in []])

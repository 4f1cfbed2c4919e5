# enumerate with and without start
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate([10, 20], start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate(["x"])
print(next(e))
try:
    next(e)
except StopIteration:
    print("done")

# reversed on sequences
print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed((1, 2))))
print(list(reversed(range(4))))
print("".join(reversed("hello")))
r = reversed([1, 2])
print(next(r), next(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__)

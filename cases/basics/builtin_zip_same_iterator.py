# zip over the same iterator groups items
it = iter(range(7))
print(list(zip(it, it)))
print(list(it))
data = "abcdef"
i = iter(data)
print(["".join(p) for p in zip(i, i, i)])
first = iter([1, 2, 3])
second = iter([10])
print(list(zip(first, second)), next(first))

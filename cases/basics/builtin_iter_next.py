# iter() and next(), including the sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
s = iter("ab")
print(next(s), list(s))
print(iter(it) is it)
values = [5, 4, 0, 3]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__)

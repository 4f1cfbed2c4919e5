# zip stops at the shortest iterable
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
pairs = [(1, 'a'), (2, 'b')]
nums, chars = zip(*pairs)
print(nums, chars)
print(dict(zip("xyz", range(3))))
def g():
    for i in range(10):
        yield i
print(list(zip(g(), "ab")))

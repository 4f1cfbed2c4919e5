# yield from delegates to a sub-iterator
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
    yield from "ab"
    yield from range(5, 7)
print(list(outer()))
def flatten(x):
    for e in x:
        if isinstance(e, list):
            yield from flatten(e)
        else:
            yield e
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

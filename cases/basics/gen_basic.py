# simple generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(type(g).__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def letters():
    yield "a"
    yield "b"
    yield "c"
for ch in letters():
    print(ch)
print(sum(count_up(10)), max(count_up(4)))

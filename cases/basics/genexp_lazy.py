# generator expressions are lazy; first iterable evaluated eagerly
def source():
    print("source called")
    return [1, 2, 3]
def check(x):
    print("check", x)
    return x
g = (check(x) for x in source())
print("created")
print(next(g))
print("between")
print(next(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__)

# each generator object has its own state
def counter(start):
    while True:
        yield start
        start += 1
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
g = (x for x in range(3))
h = (x for x in range(3))
print(next(g), next(g), next(h))

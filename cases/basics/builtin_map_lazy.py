# map and filter objects are lazy single-pass iterators
seen = []
def track(x):
    seen.append(x)
    return x * 10
m = map(track, [1, 2, 3])
print(seen)
print(next(m), seen)
print(list(m), seen)
print(list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(iter(f) is f, list(f), list(f))

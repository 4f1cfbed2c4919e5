# heappush keeps the heap invariant; heappop returns the smallest item.
# The list's order after each step is CPython's.
import heapq

h = []
for x in (5, 7, 3, 9, 1, 8, 2, 6, 4, 0, 5):
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
h = []
for w in ("pear", "apple", "fig", "banana", "cherry"):
    heapq.heappush(h, w)
print(h, heapq.heappop(h), h)
h = []
for item in ((3, "c"), (1, "a"), (2, "b"), (1, "z")):
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])
h = [1.5, 2, 3.25]
heapq.heappush(h, 0)
print(h)
print(heapq.heappush([], 1), heapq.heappop([42]))

# Tuples compare item by item: equal priorities fall back to the second
# field.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = []
for t in ((2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q"), (2, "a", 0)):
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(len(h))])

# ints, floats and bools compare with each other in a heap.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = [2.5, 1, True, -0.5, 3, 0, 2]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

# uheapq and heapq are the same module.
try:
    import uheapq
except ImportError:
    import heapq as uheapq
import heapq

h = [3, 1, 2]
uheapq.heapify(h)
heapq.heappush(h, 0)
print(h, uheapq.heappop(h))

# heappush and heapify return None, heappop the smallest item.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = [4, 2]
print(heapq.heapify(h), heapq.heappush(h, 1), heapq.heappop(h), h)

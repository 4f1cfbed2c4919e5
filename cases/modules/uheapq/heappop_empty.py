# heappop of the last item leaves an empty list; popping again is
# IndexError.
try:
    import uheapq as heapq
except ImportError:
    import heapq

h = [5]
print(heapq.heappop(h), h)
try:
    heapq.heappop(h)
except IndexError:
    print("IndexError")
h = []
heapq.heapify(h)
print(h)

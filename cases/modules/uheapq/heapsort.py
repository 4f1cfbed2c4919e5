# Sorting by heapify followed by heappops equals sorted().
try:
    import uheapq as heapq
except ImportError:
    import heapq

data = [31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33, 83, 27, 9]
h = list(data)
heapq.heapify(h)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out, out == sorted(data))

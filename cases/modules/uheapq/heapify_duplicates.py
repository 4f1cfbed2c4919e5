# heapify with equal items: all the same, or many duplicates; popping
# gives them in sorted order.
try:
    import uheapq as heapq
except ImportError:
    import heapq

x = [7] * 6
heapq.heapify(x)
print(x)
x = [3, 1, 3, 1, 2, 2, 3, 1]
heapq.heapify(x)
print(x, [heapq.heappop(x) for _ in range(8)])

# heapify rearranges a list in place into a heap.
import heapq

for data in ([], [1], [2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [5, 1, 5, 1, 5, 1], list(range(20, 0, -3))):
    x = list(data)
    print(heapq.heapify(x), x)
    print([heapq.heappop(x) for _ in range(len(x))])
x = [(2, "b"), (1, "a"), (3, "c")]
heapq.heapify(x)
print(x)

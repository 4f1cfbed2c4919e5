# heapify leaves an already sorted list unchanged (it is a heap already).
try:
    import uheapq as heapq
except ImportError:
    import heapq

for data in ([1, 2, 3, 4, 5, 6, 7], ["a", "b", "c"], [0.5, 1, 1.5, 2]):
    x = list(data)
    heapq.heapify(x)
    print(x == data, x)

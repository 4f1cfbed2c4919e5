# heappop of an empty heap is IndexError; the heap must be a list;
# uncomparable items raise TypeError from the comparison.
import heapq

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
for bad in ((), {}, "ab", None):
    for f, args in ((heapq.heappush, (bad, 1)), (heapq.heappop, (bad,)), (heapq.heapify, (bad,))):
        try:
            f(*args)
        except TypeError as e:
            print("TypeError", e)
h = [1]
try:
    heapq.heappush(h, "a")
except TypeError:
    print("TypeError compare")
print(h)

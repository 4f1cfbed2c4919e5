# A comparison that changes the heap's size is RuntimeError, as in CPython.
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.clear()
        return self.v < o.v
L = [Bad(i) for i in range(10, 0, -1)]
try:
    heapq.heapify(L)
except Exception as e:
    print(type(e).__name__, e)
L = [Bad(i) for i in range(10)]
try:
    heapq.heappush(L, Bad(-1))
except Exception as e:
    print(type(e).__name__, e)
L = [Bad(i) for i in range(10)]
try:
    print(heapq.heappop(L).v)
except Exception as e:
    print(type(e).__name__, e)

# Items are compared with <, so classes defining __lt__ work; a list
# subclass is a list.
import heapq


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio


h = []
for p, n in ((3, "write"), (1, "plan"), (2, "code"), (5, "ship"), (4, "test")):
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h).name for _ in range(5)])


class Heap(list):
    pass


h = Heap([4, 2, 3, 1])
heapq.heapify(h)
heapq.heappush(h, 0)
print(list(h), heapq.heappop(h))


class Reverse:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


h = [Reverse(x) for x in (1, 5, 2, 4)]
heapq.heapify(h)
print([heapq.heappop(h).v for _ in range(4)])

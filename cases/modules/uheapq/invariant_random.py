# After each push and pop of a pseudo-random sequence the list is a heap
# (h[k] <= h[2k+1], h[2k+2]) and pops come out sorted.
try:
    import uheapq as heapq
except ImportError:
    import heapq


def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


x = 12345
h = []
ok = True
out = []
for step in range(300):
    x = (x * 1103515245 + 12345) % 2 ** 31
    if x % 3 and h:
        out.append(heapq.heappop(h))
    else:
        heapq.heappush(h, x % 1000)
    ok = ok and is_heap(h)
print(ok, len(h), len(out))
rest = [heapq.heappop(h) for _ in range(len(h))]
print(rest == sorted(rest))

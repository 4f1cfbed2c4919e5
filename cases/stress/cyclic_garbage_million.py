# pycopy-options: -X heapsize=256k
# gcstress: skip (a million allocations; a collection each would take minutes)
# Builds and drops a million objects in reference cycles; the heap use stays
# bounded because the collector reclaims cycles.
import gc

class Node:
    def __init__(self, peer):
        self.peer = peer


peak = 0
for i in range(500000):
    a = Node(None)
    b = Node(a)
    a.peer = b
    if i % 10000 == 0:
        used = gc.mem_alloc()
        if used > peak:
            peak = used
print("objects:", 2 * 500000)
print("bounded:", peak <= 256 * 1024)

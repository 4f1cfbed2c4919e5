# Cyclic garbage is reclaimed by a collection.
import gc


class Node:
    def __init__(self):
        self.peer = None


gc.collect()
base = gc.mem_alloc()
for i in range(1000):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
a = b = None
gc.collect()
print("back to baseline:", gc.mem_alloc() - base < 2000)

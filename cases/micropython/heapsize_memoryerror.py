# pycopy-options: -X heapsize=64k
# Allocating until the 64 KiB heap is exhausted raises MemoryError, and the
# program recovers once the garbage is dropped.
import gc

blocks = []
try:
    while True:
        blocks.append(bytearray(256))
except MemoryError:
    print("MemoryError after", len(blocks) > 10, "blocks")
blocks = None
gc.collect()
# The heap is usable again.
data = [bytearray(256) for i in range(20)]
print("recovered", len(data), sum(len(d) for d in data))

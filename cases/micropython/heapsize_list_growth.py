# pycopy-options: -X heapsize=64k
# A list that grows past the heap gets MemoryError, and keeps its items.
lst = []
try:
    for i in range(1000000):
        lst.append(i * 1000000000000000000000)
except MemoryError:
    print("MemoryError", len(lst) > 100)
    print(lst[0], lst[1] // 1000000000000000000000)
lst = None
print("done")

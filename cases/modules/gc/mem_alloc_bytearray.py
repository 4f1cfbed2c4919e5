# Allocating a 10 KB bytearray shows in mem_alloc(); after dropping it and
# collecting, the memory comes back.
import gc

gc.collect()
before = gc.mem_alloc()
free_before = gc.mem_free()
buf = bytearray(10000)
during = gc.mem_alloc()
print("grew by >= 10000:", during - before >= 10000)
print("free shrank:", free_before - gc.mem_free() >= 10000)
buf = None
gc.collect()
after = gc.mem_alloc()
print("returned:", during - after >= 10000)
print("types:", type(before).__name__, type(gc.mem_free()).__name__)

# pycopy-options: -X heapsize=256k
# gc.threshold(): query (-1 when unset), set, and automatic collection after
# that many bytes; mem_alloc stays near the threshold in an allocating loop.
import gc

print(gc.threshold())
gc.collect()
gc.threshold(gc.mem_free() // 4 + gc.mem_alloc())
print(gc.threshold() > 0)
peak = 0
for i in range(5000):
    junk = [i, i + 1, i + 2, i + 3]
    a = gc.mem_alloc()
    if a > peak:
        peak = a
print("bounded:", peak < 256 * 1024)
gc.threshold(-1)
print(gc.threshold())

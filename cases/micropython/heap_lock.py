# micropython.heap_lock(): allocating raises MemoryError until heap_unlock().
import micropython

x = [1, 2]
caught = False
z = 0
micropython.heap_lock()
try:
    y = [1, 2, 3]
    print("allocated?!")
except MemoryError:
    z = 1 + 2  # small ints need no allocation
    caught = True
depth = micropython.heap_unlock()
print("caught", caught, "depth", depth, "z", z)
print("after unlock", [1, 2, 3])

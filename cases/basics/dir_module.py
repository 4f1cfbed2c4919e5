# dir() of a module lists its attributes, each of which getattr finds.
import sys
import gc
import math

for m in (sys, gc, math):
    names = dir(m)
    print(m.__name__, "__name__" in names, all(hasattr(m, n) for n in names))
print("__delattr__" in dir(math), "sqrt" in dir(math))

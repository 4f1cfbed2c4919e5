# sys.implementation: name, version, and mpy (version in the low bits, flags
# above, as the spec's .mpy chapter describes).
import sys

print(sys.implementation.name)
print(type(sys.implementation.version).__name__, len(sys.implementation.version))
mpy = sys.implementation.mpy
print("mpy version:", mpy & 0xFF)
print("unicode:", bool(mpy & 0x200))

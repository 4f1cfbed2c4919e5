# uname(): five strings, from the host (version is the interpreter's).
try:
    import uos as os
except ImportError:
    import os

u = os.uname()
print(len(u), [type(x).__name__ for x in u])
print(u[0])
with open("/proc/sys/kernel/osrelease") as f:
    print(u[2] == f.read().strip())
with open("/proc/sys/kernel/hostname") as f:
    print(u[1] == f.read().strip())
print(len(u[3]) > 0, len(u[4]) > 0)
print(tuple(u) == tuple(os.uname()))
try:
    os.uname(1)
except TypeError:
    print("TypeError")

# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# getpid(): the process id.
try:
    import uos as os
except ImportError:
    import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid())
with open("/proc/self/stat") as f:
    print(f.read().split()[0] == str(pid))
try:
    os.getpid(1)
except TypeError:
    print("TypeError")

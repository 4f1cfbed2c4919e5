# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# sync(): flushes filesystems, returns None.
try:
    import uos as os
except ImportError:
    import os

print(os.sync())
try:
    os.sync(1)
except TypeError:
    print("TypeError")

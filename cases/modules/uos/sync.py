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

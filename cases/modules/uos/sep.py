# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# sep: the path separator.
try:
    import uos as os
except ImportError:
    import os

print(os.sep, type(os.sep).__name__)
print(os.sep.join(["a", "b", "c"]))

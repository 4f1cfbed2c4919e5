# from mod import * without __all__ skips underscore names
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from h_star import *
print(a, b, public_func())
for name in ("_private", "_private_func"):
    print(name, name in globals())
import h_star
print(h_star._private, h_star._private_func())

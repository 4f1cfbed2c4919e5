# from mod import * without __all__ skips underscore names
import sys
sys.path.insert(0, "_lib")
from h_star import *
print(a, b, public_func())
for name in ("_private", "_private_func"):
    print(name, name in globals())
import h_star
print(h_star._private, h_star._private_func())

# from mod import * with __all__ takes exactly the listed names
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from h_star_all import *
print(x, _listed_private)
print("y" in globals())
from h_star_all import y
print(y)

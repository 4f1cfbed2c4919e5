# from mod import * with __all__ takes exactly the listed names
import sys
sys.path.insert(0, "_lib")
from h_star_all import *
print(x, _listed_private)
print("y" in globals())
from h_star_all import y
print(y)

# from pkg import * where __all__ lists a submodule
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from hpkg_star import *
print(pub)
print(star_sub.sub_attr)
print("other" in globals())

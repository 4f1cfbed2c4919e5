# from pkg import * where __all__ lists a submodule
import sys
sys.path.insert(0, "_lib")
from hpkg_star import *
print(pub)
print(star_sub.sub_attr)
print("other" in globals())

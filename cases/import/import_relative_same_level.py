# from . import x and from .sub import y inside a package
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg.sub2
print(hpkg.sub2.rel_result)
print(hpkg.sub2.who())
print(hpkg.sub2.sub is hpkg.sub)

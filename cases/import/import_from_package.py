# from pkg import submodule, from pkg.sub import name
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from hpkg import sub
print(sub.sub_value)
from hpkg.sub import sub_func
print(sub_func())
from hpkg import pkg_attr, pkg_func
print(pkg_attr, pkg_func())
from hpkg.nested import leaf
print(leaf.leaf_value)

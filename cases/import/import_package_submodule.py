# import pkg.sub runs pkg/__init__ first and binds the top-level name
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg.sub
print(hpkg.sub.sub_value)
print(hpkg.sub.sub_func())
print(hpkg.pkg_attr)
print(hasattr(hpkg, "sub"))
try:
    sub
except NameError:
    print("sub itself is not bound")

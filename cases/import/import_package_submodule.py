# import pkg.sub runs pkg/__init__ first and binds the top-level name
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

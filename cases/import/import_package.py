# importing a package runs its __init__
import sys
sys.path.insert(0, "_lib")
import hpkg
print(hpkg.pkg_attr)
print(hpkg.pkg_func())
print(hpkg.__name__)
print(hasattr(hpkg, "sub"))

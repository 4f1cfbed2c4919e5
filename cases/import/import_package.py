# importing a package runs its __init__
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg
print(hpkg.pkg_attr)
print(hpkg.pkg_func())
print(hpkg.__name__)
print(hasattr(hpkg, "sub"))

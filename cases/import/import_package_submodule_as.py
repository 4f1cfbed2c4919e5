# import pkg.sub as name binds the submodule
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg.sub as s
print(s.sub_value, s.__name__)
try:
    hpkg
except NameError:
    print("hpkg not bound")
import hpkg
print(hpkg.sub is s)

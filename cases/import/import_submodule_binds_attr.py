# importing a submodule sets it as an attribute of the package
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg_lazy
print(hpkg_lazy.init_value)
print(hasattr(hpkg_lazy, "mod_a"), hasattr(hpkg_lazy, "mod_b"))
import hpkg_lazy.mod_a
print(hasattr(hpkg_lazy, "mod_a"), hasattr(hpkg_lazy, "mod_b"))
print(hpkg_lazy.mod_a.a_value)
from hpkg_lazy import mod_b
print(hasattr(hpkg_lazy, "mod_b"), mod_b is hpkg_lazy.mod_b)
print(mod_b.b_value)

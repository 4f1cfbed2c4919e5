# a package __init__ importing its own submodules relatively
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import hpkg_init_imports as p
print(p.part_a.a_func())
print(p.b_func())
print(hasattr(p, "part_b"))
print(p.part_a.not_exported())

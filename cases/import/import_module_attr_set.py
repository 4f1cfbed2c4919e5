# setting attributes on a module from outside
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple
print(h_simple.uses_global())
h_simple.value = 1000
print(h_simple.uses_global())
h_simple.new_attr = "added"
import h_simple as again
print(again.new_attr)
del h_simple.new_attr
print(hasattr(h_simple, "new_attr"))

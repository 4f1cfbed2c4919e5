# importing a deep module runs each package __init__ first, once
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
print("before")
import hpkg.nested.deep
print("after first import")
import hpkg.nested.deep
import hpkg.nested
print("after repeated imports")
print(hpkg.nested.deep.summary[0], hpkg.nested.nested_attr)

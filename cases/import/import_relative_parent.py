# from .. import z inside a nested package
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from hpkg.nested import deep
print(deep.summary)
print(deep.sub is sys.modules["hpkg.sub"])
print(deep.leaf is sys.modules["hpkg.nested.leaf"])
import hpkg.nested
print(hpkg.nested.nested_attr)

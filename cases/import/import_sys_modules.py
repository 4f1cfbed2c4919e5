# sys.modules holds imported modules
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
print("h_simple" in sys.modules)
import h_simple
print("h_simple" in sys.modules)
print(sys.modules["h_simple"] is h_simple)
import hpkg.sub
print("hpkg" in sys.modules, "hpkg.sub" in sys.modules)
print(sys.modules["hpkg.sub"] is hpkg.sub)

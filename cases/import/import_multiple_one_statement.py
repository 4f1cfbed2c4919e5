# several modules in one import statement
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple, h_counter as hc, hpkg.sub
print(h_simple.value, hc.count, hpkg.sub.sub_value)
from h_star import a, b as bee
print(a, bee)

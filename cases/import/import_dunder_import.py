# the __import__ builtin
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
m = __import__("h_simple")
print(m.value)
import h_simple
print(m is h_simple)
p = __import__("hpkg.sub")
print(p.__name__, p.sub.sub_value)

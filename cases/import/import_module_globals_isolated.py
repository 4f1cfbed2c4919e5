# functions see their own module's globals, not the importer's
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
value = -1
import h_simple
print(h_simple.uses_global())
print(value)
from h_simple import uses_global
value = 500
print(uses_global())
def local_value():
    return value
print(local_value())

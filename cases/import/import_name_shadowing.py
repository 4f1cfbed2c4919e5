# module names are ordinary names that can be rebound
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple
saved = h_simple
h_simple = "now a string"
print(h_simple)
import h_simple
print(h_simple is saved, h_simple.value)
def f(h_simple):
    return h_simple * 2
print(f(4))

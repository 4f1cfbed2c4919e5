# import mod as alias
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple as hs
print(hs.value, hs.func(1))
try:
    h_simple
except NameError:
    print("original name not bound")
import h_simple as other
print(other is hs)

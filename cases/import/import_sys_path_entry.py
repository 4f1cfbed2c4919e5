# sys.path is a list that controls module search
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
print(type(sys.path).__name__)
print("_lib" in sys.path)
sys.path.insert(0, "_lib")
print(sys.path[0])
import h_simple
print(h_simple.text)
sys.path.pop(0)
print("_lib" in sys.path)

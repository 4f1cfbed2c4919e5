# names defined in a module are its attributes
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_star
names = [n for n in dir(h_star) if not n.startswith("__")]
print(sorted(names))
print(getattr(h_star, "a"), hasattr(h_star, "zz"))
try:
    h_star.zz
except AttributeError:
    print("AttributeError")

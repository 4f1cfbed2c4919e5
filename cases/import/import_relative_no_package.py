# a relative import in a top-level module fails with ImportError
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_relbad
try:
    h_relbad.try_relative()
except ImportError:
    print("ImportError")
print(h_relbad.__name__, "loaded fine")

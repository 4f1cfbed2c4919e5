# from mod import missing raises ImportError
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
try:
    from h_simple import does_not_exist
except ImportError as e:
    print("ImportError")
import h_simple
print("module still usable:", h_simple.value)

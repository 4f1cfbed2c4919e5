# __name__ of imported modules and of the main script
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_names
print(h_names.my_name, h_names.ran_as_main)
print(h_names.__name__)
print(h_names.report())
print(__name__)
if __name__ == "__main__":
    print("running as main")
import hpkg.nested.leaf
print(hpkg.nested.leaf.name, hpkg.nested.leaf.__name__, hpkg.__name__)

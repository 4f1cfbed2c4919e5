# a module that imports other modules shares them with the importer
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_imports_sys
import h_simple
print(h_imports_sys.compute())
print(h_imports_sys.h_simple is h_simple)
print(h_imports_sys.doubler is h_simple.func)
print(h_imports_sys.has_path)
print(h_imports_sys.sys is sys)

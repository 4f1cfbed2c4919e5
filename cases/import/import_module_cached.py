# a module body runs only once however often it is imported
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
print("importing first time")
import h_once
print("importing second time")
import h_once
print("from-import")
from h_once import loads
print("aliased import")
import h_once as again
print(loads, again is h_once)
def f():
    import h_once
    return h_once.loads
print(f())

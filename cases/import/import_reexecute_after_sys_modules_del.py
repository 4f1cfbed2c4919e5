# removing a module from sys.modules makes the next import run it again
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_once
first = h_once
del sys.modules["h_once"]
print("re-importing")
import h_once
print(h_once is first, h_once.loads)

# from-import copies the binding; later module changes are not seen
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from h_counter import count, bump
import h_counter
bump()
bump()
print(count, h_counter.count)
from h_counter import count
print(count)

# module state is shared by all importers
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_counter
from h_counter import count as snapshot
import h_user_of_counter
print(h_counter.count)
h_counter.bump()
print(h_counter.count)
print(h_user_of_counter.bump_twice())
print(h_counter.count, snapshot)
h_counter.count = 100
print(h_user_of_counter.bump_twice())

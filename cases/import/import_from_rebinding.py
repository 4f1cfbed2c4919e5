# from-import copies the binding; later module changes are not seen
import sys
sys.path.insert(0, "_lib")
from h_counter import count, bump
import h_counter
bump()
bump()
print(count, h_counter.count)
from h_counter import count
print(count)

# simple circular imports work when attributes are used lazily
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_circ_a
import h_circ_b
print(h_circ_a.call_b())
print(h_circ_b.call_a())
print(h_circ_a.h_circ_b is h_circ_b, h_circ_b.h_circ_a is h_circ_a)
print(h_circ_a.a_value, h_circ_b.b_value)

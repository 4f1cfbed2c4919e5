# execution order during a circular import
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_circ_order_a
print("main: A =", h_circ_order_a.A)
import h_circ_order_b
print("main: B =", h_circ_order_b.B)

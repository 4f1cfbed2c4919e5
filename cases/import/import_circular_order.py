# execution order during a circular import
import sys
sys.path.insert(0, "_lib")
import h_circ_order_a
print("main: A =", h_circ_order_a.A)
import h_circ_order_b
print("main: B =", h_circ_order_b.B)

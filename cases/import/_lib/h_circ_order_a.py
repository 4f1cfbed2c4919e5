# helper: circular import printing the order of execution
print("order_a: start")
import h_circ_order_b
print("order_a: end, b has", h_circ_order_b.B)
A = 1

# helper: circular import; h_circ_order_a is only partially initialised here
print("order_b: start")
import h_circ_order_a
print("order_b: a has A?", hasattr(h_circ_order_a, "A"))
B = 2

# helper: circular import with h_circ_b
import h_circ_b

a_value = "A"


def call_b():
    return "a->" + h_circ_b.b_func()


def a_func():
    return "a_func"

# helper: circular import with h_circ_a
import h_circ_a

b_value = "B"


def b_func():
    return "b_func"


def call_a():
    return "b->" + h_circ_a.a_func()

# helper: imports h_counter and changes its state
import h_counter


def bump_twice():
    h_counter.bump()
    return h_counter.bump()

# helper that itself imports other modules
import sys
import h_simple
from h_simple import func as doubler

has_path = hasattr(sys, "path")


def compute():
    return doubler(h_simple.value)

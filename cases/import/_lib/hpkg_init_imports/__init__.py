# helper package whose __init__ imports its own submodules
from . import part_a
from .part_b import b_func

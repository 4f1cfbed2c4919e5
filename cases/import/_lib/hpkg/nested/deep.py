# helper: relative imports going up one level and staying at the same level
from .. import sub
from ..sub import sub_func
from .. import pkg_attr
from . import leaf
from .leaf import leaf_value

summary = (sub.sub_value, sub_func(), pkg_attr, leaf.leaf_value, leaf_value)

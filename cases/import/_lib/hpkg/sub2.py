# helper submodule using relative imports
from . import sub
from .sub import sub_value as sv

rel_result = sub.sub_value + sv


def who():
    return __name__

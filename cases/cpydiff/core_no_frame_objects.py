"""
categories: Core, Functions
description: There are no frame objects (no `sys._getframe()`, no `f_locals`)
cause: Frames live on an internal stack of the virtual machine and are not
  Python objects, which keeps calls fast and small.
workaround: Pass the information you need explicitly, or use
  `sys.print_exception()` for diagnostics.
"""
import sys

print(hasattr(sys, "_getframe"))


def where():
    try:
        return sys._getframe().f_code.co_name
    except AttributeError:
        return "no frames"


print(where())

"""
categories: Modules
description: Most of the standard library is not built in (`typing`, `dataclasses`, `itertools`, `functools`, `threading`, ...)
cause: Pycopy builds in only a small set of modules, mostly with a u
  prefix; Python versions of many others are installed separately from the
  pycopy-lib project.
workaround: Install the modules needed from pycopy-lib, or write code that
  does without them.
"""

for name in ("typing", "dataclasses", "itertools", "functools", "threading",
             "weakref", "abc", "enum"):
    try:
        __import__(name)
        print(name, "built in")
    except ImportError:
        print(name, "ImportError")

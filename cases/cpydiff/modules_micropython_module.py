"""
categories: Modules, micropython
description: The `micropython` module exists (`const`, `opt_level`, `mem_info`, ...)
cause: Pycopy provides the `micropython` module for access to the
  implementation: compile-time constants, optimisation level, heap and
  stack information, scheduling.
workaround: Import it inside `try`/`except ImportError`; for `const()`,
  define a fallback `const = lambda x: x` so the code also runs on CPython.
"""

try:
    from micropython import const
except ImportError:
    print("ImportError")

    def const(x):
        return x


SIZE = const(16)
print(SIZE * 2)

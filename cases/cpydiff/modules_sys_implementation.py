"""
categories: Modules, sys
description: `sys.implementation.name` is `"pycopy"`
cause: `sys.implementation` describes the running implementation; portable
  code uses it to tell implementations apart.
workaround: Test `sys.implementation.name` when behaviour must differ per
  implementation.
"""
import sys

print(sys.implementation.name)
print(sys.implementation.name in ("cpython", "pycopy", "micropython"))

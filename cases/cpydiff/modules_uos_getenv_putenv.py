# pycopy-targets: unix (uos is a module of the unix port)
"""
categories: Modules, uos
description: `os.getenv()` sees the changes made by `os.putenv()` and `os.unsetenv()`
cause: There is no `os.environ` mapping: `getenv()` reads the process
  environment itself, which `putenv()` changes. CPython's `getenv()` reads
  `os.environ`, which `putenv()` does not update.
workaround: On CPython change `os.environ` instead of calling `putenv()`;
  code meant for both should not read back a variable it set.
"""
try:
    import uos as os
except ImportError:
    import os

os.putenv("PYCOPY_CPYDIFF_VAR", "set by putenv")
print(os.getenv("PYCOPY_CPYDIFF_VAR"))
os.unsetenv("PYCOPY_CPYDIFF_VAR")
print(os.getenv("PYCOPY_CPYDIFF_VAR"))

# pycopy-targets: unix (runs as a file, with __file__; a board runs code sent to its REPL)
"""
categories: Core, Modules
description: A module's namespace has only `__name__`, `__file__` and `__builtins__` among the special names
cause: Pycopy has no import-system objects (module specs, loaders), keeps no
  docstrings and builds no annotation dicts, so `__spec__`, `__loader__`,
  `__cached__`, `__package__`, `__doc__` and `__annotations__` are not set.
workaround: Use `__name__` and `__file__`; compute a package name from
  `__name__` when needed.
"""

names = sorted(n for n in globals() if n.startswith("__"))
print(names)

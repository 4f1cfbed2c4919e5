# pycopy-targets: unix (uos is a module of the unix port)
"""
categories: Modules, uos
description: `import os` gives the built-in `uos` module, which has no `os.path` or `os.environ`
cause: `uos` implements the spec's basic operating-system services (files
  and directories); `os.path` and the environment mapping belong to
  pycopy-lib's `os` module, which takes over the name when installed.
workaround: Install `os` from pycopy-lib, or use `uos`'s functions directly.
"""
import os

print(os.__name__)
print([n for n in ("environ", "path") if not hasattr(os, n)])

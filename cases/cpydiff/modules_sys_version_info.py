"""
categories: Modules, sys
description: `sys.version_info` is the plain tuple `(3, 4, 0)`, without named fields
cause: Pycopy implements the Python 3.4 language (with selected later
  features) and reports that level. The version tuple is an ordinary
  3-element tuple rather than a named structure with `major`, `minor`,
  `micro`, `releaselevel` and `serial`.
workaround: Index the tuple (`sys.version_info[0]`) and compare slices, e.g.
  `sys.version_info[:2] >= (3, 4)`. Test for features directly rather than
  by version where possible.
"""
import sys

print(len(sys.version_info))
print(sys.version_info[:2] == (3, 4))
print(hasattr(sys.version_info, "major"))

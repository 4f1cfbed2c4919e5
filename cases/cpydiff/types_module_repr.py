"""
categories: Types, Modules
description: The repr of a built-in module does not say "(built-in)"
cause: Module objects print only their name (or file); there is no loader
  to describe where a built-in module came from.
workaround: Use `module.__name__` rather than parsing the repr.
"""
import sys
import gc

print(repr(sys))
print(repr(gc))
print(sys.__name__, gc.__name__)

# import mod: access functions, classes and globals through the module
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple
print(h_simple.value, h_simple.text)
print(h_simple.func(21))
k = h_simple.Klass(5)
print(k.get(), type(k).__name__, isinstance(k, h_simple.Klass))
print(h_simple.uses_global())
print(type(h_simple).__name__)

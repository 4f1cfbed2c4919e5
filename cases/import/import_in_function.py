# import statements inside functions bind local names
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
def f():
    import h_simple
    return h_simple.value
print(f())
try:
    h_simple
except NameError:
    print("not bound globally")
import h_local_import
print(h_local_import.get_value(), h_local_import.get_func()(5))
def g():
    from h_simple import func as fn
    return fn("ab")
print(g())

# a module body runs only once however often it is imported
import sys
sys.path.insert(0, "_lib")
print("importing first time")
import h_once
print("importing second time")
import h_once
print("from-import")
from h_once import loads
print("aliased import")
import h_once as again
print(loads, again is h_once)
def f():
    import h_once
    return h_once.loads
print(f())

# from mod import name, name as alias
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
from h_simple import value, func
from h_simple import text as t, Klass as K
print(value, func(3), t, K(7).get())
try:
    h_simple
except NameError:
    print("module name not bound by from-import")
from h_simple import (
    value as v2,
    func as f2,
)
print(v2, f2(4))

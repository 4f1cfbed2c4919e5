# classes from the same module are identical however imported
# pycopy-targets: unix (imports helper modules from _lib/ next to the case; a board has no files)
import sys
sys.path.insert(0, "_lib")
import h_simple
from h_simple import Klass
import h_simple as alias
k = Klass(1)
print(isinstance(k, h_simple.Klass), isinstance(k, alias.Klass))
print(Klass is h_simple.Klass)
class Sub(Klass):
    def get(self):
        return "sub " + str(super().get())
print(Sub(3).get())

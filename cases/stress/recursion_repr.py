# Recursion through __repr__ (native code calling back into Python) ends in
# RuntimeError too, not a crash.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


try:
    repr(Loop())
except RuntimeError:
    print("RuntimeError from __repr__")
print("still running")

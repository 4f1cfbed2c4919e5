# Recursion through __eq__, __hash__ and __getattr__ raises RuntimeError.
class E:
    def __eq__(self, other):
        return self == other


try:
    E() == E()
except RuntimeError:
    print("RuntimeError from __eq__")


class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    G().a
except RuntimeError:
    print("RuntimeError from __getattr__")


class L:
    def __len__(self):
        return len(self)


try:
    len(L())
except RuntimeError:
    print("RuntimeError from __len__")
print("done")

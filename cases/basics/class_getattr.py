# __getattr__ is called only for missing attributes
class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(name)
d = Dyn()
print(d.real)
print(d.x_ab)
print(getattr(d, "x_q"))
print(hasattr(d, "x_z"), hasattr(d, "nothing"))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__)
print(getattr(d, "missing", "default"))
d.x_set = "explicit"
print(d.x_set)

# getattr/setattr/delattr/hasattr builtins with user objects
class O:
    cls_attr = "c"
o = O()
setattr(o, "dyn", 42)
print(o.dyn, getattr(o, "dyn"))
print(getattr(o, "cls_attr"), getattr(O, "cls_attr"))
print(getattr(o, "nope", None))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
name = "computed_" + "name"
setattr(o, name, "v")
print(o.computed_name)
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__)
setattr(O, "added", lambda self: "method added")
print(o.added())

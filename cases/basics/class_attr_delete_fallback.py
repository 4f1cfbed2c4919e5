# deleting an instance attribute reveals the class attribute
class C:
    v = "class value"
c = C()
c.v = "instance value"
print(c.v)
del c.v
print(c.v)
try:
    del c.v
except AttributeError:
    print("AttributeError on second delete")
del C.v
print(hasattr(c, "v"))

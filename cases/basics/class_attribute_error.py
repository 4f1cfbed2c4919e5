# AttributeError on instances and classes
class C:
    a = 1
c = C()
for obj, name in ((c, "b"), (C, "b"), (5, "foo"), ("s", "bar"), (None, "x")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError", name)
try:
    (1).foo = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__)

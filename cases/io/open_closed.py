# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Closed files: the closed attribute, ValueError on use, close() twice,
# and the with statement closing the file.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_closed.txt"
f = open(NAME, "w")
print(f.closed)
f.write("x")
f.close()
print(f.closed)
f.close()
for name, args in (("write", ("y",)), ("read", ()), ("readline", ()), ("tell", ()), ("seek", (0,)), ("flush", ())):
    try:
        getattr(f, name)(*args)
        print(name, "no error")
    except ValueError as e:
        print(name, "ValueError", e)
with open(NAME) as g:
    print(g.closed, g.read())
print(g.closed)
try:
    with open(NAME, "rb") as h:
        raise RuntimeError("inside")
except RuntimeError:
    print("RuntimeError", h.closed)
try:
    next(iter(g))
except ValueError:
    print("ValueError")
os.remove(NAME)

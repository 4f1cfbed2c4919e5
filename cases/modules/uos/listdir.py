# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# listdir([dir]): entries without . and .., str or bytes names, errors.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_listdir"
rmtree(D)
os.mkdir(D)
print(os.listdir(D))
for n in ("b.txt", "a.txt", "élan"):
    touch(D + "/" + n)
os.mkdir(D + "/dir")
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D + "/")))
print(sorted(os.listdir(D.encode())))
print(type(os.listdir()).__name__, D in os.listdir(), D in os.listdir("."))
print(os.listdir(D + "/dir"))
for bad in (D + "/missing", D + "/a.txt"):
    try:
        os.listdir(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (1.5, [D]):
    try:
        os.listdir(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
rmtree(D)
print(D in os.listdir())

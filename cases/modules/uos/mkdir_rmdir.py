# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# mkdir(path[, mode]) and rmdir(path): creation, errors.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_mkdir"
rmtree(D)
print(os.mkdir(D))
print(os.stat(D)[0] & 0o170000 == 0o040000)
os.mkdir(D + "/a")
os.mkdir(D + "/b", 0o700)
print(os.stat(D + "/b")[0] & 0o777)
os.mkdir(D.encode() + b"/c")
print(sorted(os.listdir(D)))
for bad in (D, D + "/a", D + "/missing/x", ""):
    try:
        os.mkdir(bad)
    except OSError as e:
        print("mkdir OSError", e.args[0])
touch(D + "/a/f")
for bad in (D + "/a", D + "/missing", D + "/a/f"):
    try:
        os.rmdir(bad)
    except OSError as e:
        print("rmdir OSError", e.args[0])
os.remove(D + "/a/f")
print(os.rmdir(D + "/a"))
os.rmdir(D + "/b")
os.rmdir(D.encode() + b"/c")
print(os.listdir(D))
for bad in (None, 5):
    try:
        os.mkdir(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.mkdir(D + "/x", "777")
except TypeError:
    print("TypeError mode")
os.rmdir(D)
print(D in os.listdir())

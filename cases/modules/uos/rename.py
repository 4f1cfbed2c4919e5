# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# rename(old, new): files and directories, replacing files, errors.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_rename"
rmtree(D)
os.mkdir(D)
touch(D + "/a", "first")
print(os.rename(D + "/a", D + "/b"))
print(os.listdir(D))
with open(D + "/b") as f:
    print(f.read())
touch(D + "/c", "second")
os.rename(D + "/c", D + "/b")
with open(D + "/b") as f:
    print(f.read(), os.listdir(D))
os.mkdir(D + "/dir")
os.rename(D + "/dir", D + "/dir2")
os.rename(D + "/b", D + "/dir2/b")
print(sorted(os.listdir(D)), os.listdir(D + "/dir2"))
os.rename((D + "/dir2/b").encode(), (D + "/b").encode())
print(sorted(os.listdir(D)))
for old, new in ((D + "/missing", D + "/x"), (D + "/b", D + "/nodir/x"), (D + "/dir2", D + "/b")):
    try:
        os.rename(old, new)
    except OSError as e:
        print("OSError", e.args[0])
os.mkdir(D + "/full")
touch(D + "/full/f")
os.mkdir(D + "/empty")
try:
    os.rename(D + "/empty", D + "/full")
except OSError as e:
    print("OSError", e.args[0])
for bad in ((None, "x"), ("x", 1)):
    try:
        os.rename(*bad)
    except TypeError:
        print("TypeError")
try:
    os.rename(D + "/b")
except TypeError:
    print("TypeError args")
rmtree(D)

# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# remove(path) (and unlink): files only, errors.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_remove"
rmtree(D)
os.mkdir(D)
touch(D + "/a")
touch(D + "/b")
touch(D + "/c")
print(os.remove(D + "/a"))
os.unlink(D + "/b")
os.remove((D + "/c").encode())
print(os.listdir(D))
for bad in (D + "/a", D, D + "/missing/x"):
    try:
        os.remove(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (None, 1, [1]):
    try:
        os.remove(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.remove(D + "\0x")
except ValueError:
    print("ValueError")
os.rmdir(D)

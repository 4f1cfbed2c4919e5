# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# getcwd() and chdir(): absolute and relative paths, errors.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_chdir"
rmtree(D)
start = os.getcwd()
print(type(start).__name__, start.startswith("/"))
os.mkdir(D)
os.mkdir(D + "/sub")
touch(D + "/file")
print(os.chdir(D))
print(os.getcwd() == start + "/" + D)
os.chdir("sub")
print(os.getcwd().endswith("/_tmp_chdir/sub"))
os.chdir("..")
print(sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir(start + "/" + D + "/sub")
print(os.getcwd().endswith("/sub"))
os.chdir(start)
print(os.getcwd() == start)
os.chdir(b"/")
print(os.getcwd())
os.chdir(start)
for bad in (D + "/missing", D + "/file", ""):
    try:
        os.chdir(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (None, 1.5, ["x"]):
    try:
        os.chdir(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.chdir("a\0b")
except ValueError:
    print("ValueError")
print(os.getcwd() == start)
rmtree(D)

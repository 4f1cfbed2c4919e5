# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# stat(path): the 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_stat"
rmtree(D)
os.mkdir(D)
touch(D + "/f", "hello world")
st = os.stat(D + "/f")
print(len(st), [type(x).__name__ for x in st])
print(st[0] & 0o170000 == 0o100000, st[3], st[6])
print(st[1] > 0, st[7] > 1000000000, st[8] > 1000000000, st[9] > 1000000000)
print(st[4] == os.stat(D)[4], st[5] == os.stat(D)[5])
print(os.stat(D.encode() + b"/f") == st)
print(tuple(os.stat(D + "/f")) == tuple(st))
d = os.stat(D)
print(d[0] & 0o170000 == 0o040000, d[3])
print(os.stat(D + "/f")[1] != d[1], d[2] == st[2])
st2 = os.stat("/")
print(st2[0] & 0o170000 == 0o040000)
for bad in (D + "/missing", D + "/f/x", ""):
    try:
        os.stat(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (None, 1.5):
    try:
        os.stat(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
rmtree(D)

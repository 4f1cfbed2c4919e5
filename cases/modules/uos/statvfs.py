# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# statvfs(path): the 10-tuple (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax).
try:
    import uos as os
except ImportError:
    import os

s = os.statvfs("/")
print(len(s), [type(x).__name__ for x in s])
print(s[0] > 0, s[1] > 0, s[2] >= s[3] >= 0, s[3] >= s[4] >= 0, s[9] > 0)
t = os.statvfs(".")
print(t[9] > 0, t[0] > 0)
print(os.statvfs(b".")[9] == t[9])
for bad in ("_tmp_statvfs_missing", ""):
    try:
        os.statvfs(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (None, 1.0):
    try:
        os.statvfs(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)

# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# stat(path, follow_symlinks=False) and lstat(): a symlink itself.
try:
    import uos as os
except ImportError:
    import os
from _fsutil import rmtree, touch


D = "_tmp_stat_link"
rmtree(D)
os.mkdir(D)
touch(D + "/target", "12345")
print(os.system("ln -s target " + D + "/link"))
print(os.system("ln -s nowhere " + D + "/dangling"))
s = os.stat(D + "/link")
print(s[0] & 0o170000 == 0o100000, s[6])
l = os.stat(D + "/link", follow_symlinks=False)
print(l[0] & 0o170000 == 0o120000, l[6])
print(os.lstat(D + "/link") == l)
print(os.stat(D + "/link", follow_symlinks=True) == s)
print(os.lstat(D + "/dangling")[0] & 0o170000 == 0o120000)
try:
    os.stat(D + "/dangling")
except OSError as e:
    print("OSError", e.args[0])
rmtree(D)
print(D in os.listdir())

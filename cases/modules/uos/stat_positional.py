# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# stat(path, follow_symlinks) with the flag positional, as Pycopy documents it
# (CPython's follow_symlinks is keyword-only).
import uos

D = "_tmp_stat_positional"
for p in (D + "/link", D + "/target"):
    try:
        uos.remove(p)
    except OSError:
        pass
try:
    uos.rmdir(D)
except OSError:
    pass
uos.mkdir(D)
with open(D + "/target", "w") as f:
    f.write("abc")
print(uos.system("ln -s target " + D + "/link"))
print(uos.stat(D + "/link", True)[0] & 0o170000 == 0o100000)
print(uos.stat(D + "/link", False)[0] & 0o170000 == 0o120000)
print(uos.stat(D + "/link", 0) == uos.stat(D + "/link", follow_symlinks=False))
try:
    uos.stat(D + "/link", True, 1)
except TypeError:
    print("TypeError")
uos.remove(D + "/link")
uos.remove(D + "/target")
uos.rmdir(D)

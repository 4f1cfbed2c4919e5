# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# VfsPosix(root): the filesystem object's own methods, with paths relative to
# its root (Pycopy-only).
import uos
from _fsutil import rmtree


D = "_tmp_vfs_posix"
rmtree(D)
uos.mkdir(D)
here = uos.getcwd()
v = uos.VfsPosix(D)
print(type(v).__name__, type(v) is uos.VfsPosix)
f = v.open("a.txt", "w")
print(f.write("data"))
f.close()
f = v.open("/a.txt", "rb")
print(f.read())
f.close()
print(v.mkdir("dir"), v.mkdir("/dir/inner"))
print(sorted(e[0] for e in v.ilistdir("")), sorted(e[0] for e in v.ilistdir("/")))
print(sorted((e[0], hex(e[1])) for e in v.ilistdir("dir")))
st = v.stat("a.txt")
print(len(st), st[6], st == uos.stat(D + "/a.txt"))
print(len(v.statvfs("/")))
print(v.rename("a.txt", "dir/b.txt"), sorted(uos.listdir(D + "/dir")))
print(v.chdir("/dir"), v.getcwd(), uos.getcwd() == here + "/" + D + "/dir")
v.chdir("/")
print(v.getcwd())
uos.chdir(here)
print(v.remove("dir/b.txt"), v.rmdir("dir/inner"), v.rmdir("dir"))
print(uos.listdir(D))
for name, args in (("stat", ("missing",)), ("remove", ("missing",)), ("rmdir", ("missing",)),
                   ("open", ("missing", "r")), ("chdir", ("missing",)), ("ilistdir", ("missing",))):
    try:
        getattr(v, name)(*args)
    except OSError as e:
        print(name, e.args[0])
# mount() with readonly=True makes the object itself read-only; mkfs is refused.
print(v.mount(True, False))
for name, args in (("open", ("x", "w")), ("mkdir", ("x",)), ("remove", ("x",)), ("rename", ("x", "y"))):
    try:
        getattr(v, name)(*args)
    except OSError as e:
        print(name, e.args[0])
v.mount(False, False)
v.mkdir("again")
print(uos.listdir(D))
try:
    v.mount(False, True)
except OSError as e:
    print("mkfs", e.args[0])
print(v.umount())
# A VfsPosix without a root works on host paths unchanged.
w = uos.VfsPosix()
print(w.stat(here + "/" + D) == uos.stat(D), w.stat(D) == uos.stat(D))
for bad in (1, [D]):
    try:
        uos.VfsPosix(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
rmtree(D)

# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# mount(VfsPosix(dir), '/name'): open(), uos functions, chdir/getcwd and import see
# the directory at the mount point; EPERM when mounted twice, EINVAL for umount of
# an unknown point, EROFS on a read-only mount (Pycopy-only: CPython has no VFS).
import uos
import sys
from _fsutil import rmtree, touch


D = "_tmp_vfs_mount"
M = "/_pycopy_case_vfs_mount"
rmtree(D)
uos.mkdir(D)
touch(D + "/hello.txt", "hello")
touch(D + "/_vfs_case_mod.py", "X = 42\n")
here = uos.getcwd()
v = uos.VfsPosix(D)
other = uos.VfsPosix(D)
print(uos.mount(v, M))
print(sorted(uos.listdir(M)), sorted(uos.listdir(M + "/")))
with open(M + "/hello.txt") as f:
    print(f.read())
print(uos.stat(M + "/hello.txt")[6], uos.stat(M)[0] & 0o170000 == 0o040000)
with open(M + "/new.txt", "w") as f:
    f.write("written through the mount")
print(sorted(uos.listdir(D)))
uos.mkdir(M + "/sub")
uos.rename(M + "/new.txt", M + "/sub/new.txt")
print(uos.listdir(D + "/sub"), [e[0] for e in uos.ilistdir(M + "/sub")])
print(len(uos.statvfs(M)))
# chdir into the mount: getcwd reports the virtual path, relative paths work.
uos.chdir(M)
print(uos.getcwd())
print(sorted(uos.listdir()))
uos.chdir("sub")
print(uos.getcwd())
with open("new.txt") as f:
    print(f.read())
uos.remove("new.txt")
uos.chdir(M)
uos.rmdir("sub")
# import from the mount point
sys.path.append(M)
import _vfs_case_mod

print(_vfs_case_mod.X)
sys.path.remove(M)
try:
    uos.mount(other, M)
except OSError as e:
    print("mounted twice", e.args[0])
# Unmounting the current directory's mount leaves the host directory current.
print(uos.umount(M))
print(uos.getcwd() == here + "/" + D)
uos.chdir(here)
try:
    open(M + "/hello.txt")
except OSError as e:
    print("gone", e.args[0])
for bad in (M, "/_pycopy_case_never_mounted"):
    try:
        uos.umount(bad)
    except OSError as e:
        print("umount", e.args[0])
# Read-only, unmounting by object.
v = uos.VfsPosix(D)
uos.mount(v, M + "/", readonly=True)
with open(M + "/hello.txt") as f:
    print(f.read())
for f, a in ((open, (M + "/x", "w")), (open, (M + "/hello.txt", "a")), (uos.remove, (M + "/hello.txt",)),
             (uos.mkdir, (M + "/d",)), (uos.rename, (M + "/hello.txt", M + "/y"))):
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, "read-only", e.args[0])
uos.umount(v)
print(sorted(uos.listdir(D)))
# Bad arguments.
try:
    uos.mount(object(), M)
except OSError as e:
    print("not a filesystem", e.args[0])
for point in ("relative", "/a/b", "/"):
    try:
        uos.mount(uos.VfsPosix(D), point)
    except OSError as e:
        print("mount", repr(point), e.args[0])
try:
    uos.mount(uos.VfsPosix(D), M, True)
except TypeError:
    print("readonly is keyword-only")
try:
    uos.VfsPosix(D + "/missing")
except OSError as e:
    print("VfsPosix missing root", e.args[0])
rmtree(D)

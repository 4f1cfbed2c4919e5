# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# ilistdir([dir]): an iterator of (name, type, inode) tuples; type 0x4000 for
# directories, 0x8000 for files (Pycopy-only; CPython has os.scandir instead).
import uos
from _fsutil import rmtree, touch


D = "_tmp_ilistdir"
rmtree(D)
uos.mkdir(D)
touch(D + "/file.txt", "12345")
touch(D + "/b")
uos.mkdir(D + "/sub")
it = uos.ilistdir(D)
print(iter(it) is it)
entries = sorted(it)
for e in entries:
    print(len(e), e[0], hex(e[1]), e[2] == uos.stat(D + "/" + e[0])[1])
print(list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([(e[0], hex(e[1])) for e in sorted(uos.ilistdir(D.encode()))])
print(sorted(e[0] for e in uos.ilistdir(D + "/sub")))
print([e[0] for e in uos.ilistdir() if e[0] == D], [e[0] for e in uos.ilistdir(".") if e[0] == D])
print(sorted(uos.ilistdir(D))[1][1] == 0x8000)
for bad in (D + "/missing", D + "/b"):
    try:
        uos.ilistdir(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (1, [D]):
    try:
        uos.ilistdir(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
rmtree(D)

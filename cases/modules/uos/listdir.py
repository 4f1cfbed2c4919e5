# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# listdir([dir]): entries without . and .., str or bytes names, errors.
try:
    import uos as os
except ImportError:
    import os


def rmtree(p):
    try:
        mode = os.lstat(p)[0]
    except OSError:
        return
    if mode & 0o170000 == 0o040000:
        for n in os.listdir(p):
            rmtree(p + "/" + n)
        os.rmdir(p)
    else:
        os.remove(p)


def touch(p, data="x"):
    with open(p, "w") as f:
        f.write(data)


D = "_tmp_listdir"
rmtree(D)
os.mkdir(D)
print(os.listdir(D))
for n in ("b.txt", "a.txt", "élan"):
    touch(D + "/" + n)
os.mkdir(D + "/dir")
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D + "/")))
print(sorted(os.listdir(D.encode())))
print(type(os.listdir()).__name__, D in os.listdir(), D in os.listdir("."))
print(os.listdir(D + "/dir"))
for bad in (D + "/missing", D + "/a.txt"):
    try:
        os.listdir(bad)
    except OSError as e:
        print("OSError", e.args[0])
for bad in (1.5, [D]):
    try:
        os.listdir(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
rmtree(D)
print(D in os.listdir())

# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# The open modes: w truncates, a appends, x creates, + reads and writes.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_modes.txt"


def content():
    with open(NAME) as f:
        return f.read()


with open(NAME, "w") as f:
    f.write("abc")
print(repr(content()))
with open(NAME, "w") as f:
    f.write("new")
print(repr(content()))
with open(NAME, "a") as f:
    f.write("+more")
print(repr(content()))
with open(NAME, "at") as f:
    f.write("!")
print(repr(content()))
with open(NAME, "r+") as f:
    f.write("NE")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "w+") as f:
    f.write("w+ data")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "a+") as f:
    f.write(" tail")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "rb+") as f:
    f.seek(3)
    f.write(b"_")
    f.seek(0)
    print(f.read())
os.remove(NAME)
with open(NAME, "x") as f:
    f.write("exclusive")
print(repr(content()))
try:
    open(NAME, "x")
except OSError as e:
    print("OSError", e.errno, e.args[0])
with open(NAME, "xb" if False else "wb") as f:
    f.write(b"bin")
print(repr(content()))
os.remove(NAME)

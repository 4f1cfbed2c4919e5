# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Files larger than any internal buffer: lines and characters that
# straddle buffer boundaries come back intact.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_large.txt"
lines = ["%d:%s\n" % (i, "\u00e9\u20ac" * (i % 37) + "x" * (i % 13)) for i in range(400)]
with open(NAME, "w") as f:
    for l in lines:
        f.write(l)
with open(NAME) as f:
    back = f.readlines()
print(len(back), back == lines)
with open(NAME) as f:
    whole = f.read()
print(len(whole), whole == "".join(lines))
with open(NAME) as f:
    parts = []
    while True:
        p = f.read(7)
        if not p:
            break
        parts.append(p)
print("".join(parts) == whole, all(len(p) == 7 for p in parts[:-1]))
with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data.decode("utf-8") == whole)
with open(NAME, "rb") as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
print(b"".join(chunks) == data, [len(c) for c in chunks][:3])
os.remove(NAME)

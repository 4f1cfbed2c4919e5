# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# Text files are UTF-8; sizes count characters; bad bytes raise
# UnicodeError.
try:
    import os
except ImportError:
    import uos as os

NAME = "_tmp_open_unicode.txt"
text = "caf\u00e9 \u65e5\u672c\u8a9e \U0001f600\nligne 2 \u00e0\n"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(NAME, "rb") as f:
    raw = f.read()
print(len(raw), raw == text.encode("utf-8"))
with open(NAME, encoding="utf-8") as f:
    print(f.read() == text)
with open(NAME) as f:
    print(repr(f.read(4)), repr(f.read(1)), repr(f.read(3)), repr(f.readline()), repr(f.read(2)))
with open(NAME, "wb") as f:
    f.write(b"ok \xff bad")
try:
    with open(NAME) as f:
        f.read()
except UnicodeError:
    print("UnicodeError")
with open(NAME, "wb") as f:
    f.write(b"\xe6\x97")
try:
    with open(NAME) as f:
        f.read()
except UnicodeError:
    print("UnicodeError")
os.remove(NAME)

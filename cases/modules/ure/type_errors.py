# Subjects of the wrong type are a TypeError: str patterns need str, bytes
# patterns bytes.
try:
    import ure as re
except ImportError:
    import re

for p, s in (("a", b"a"), (b"a", "a"), ("a", 5), ("a", None)):
    try:
        re.search(p, s)
        print("no error")
    except TypeError:
        print("TypeError")
try:
    re.sub("a", 5, "a")
except TypeError:
    print("TypeError")

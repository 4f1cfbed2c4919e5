# sub(): bad group references and bad function results.
import re

for repl in ("\\2", "\\g<3>", "\\g<x", "\\g<>"):
    try:
        re.sub("(a)", repl, "a")
        print("no error")
    except Exception:
        print("error", repr(repl))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError:
    print("TypeError")
try:
    re.sub("a", lambda m: None, "a")
except TypeError:
    print("TypeError")
try:
    re.sub("a", "b", 5)
except TypeError:
    print("TypeError")

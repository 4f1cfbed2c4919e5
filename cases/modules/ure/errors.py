# Malformed patterns raise an exception (ValueError in Pycopy, re.error in
# CPython).
import re

for p in ("*", "+a", "a**", "(", "a)", "(a", "[a", "[", "a|*", "\\", "(?:a"):
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except Exception:
        print(repr(p), "error")
for args in ((), ("a",)):
    try:
        re.match(*args)
    except TypeError:
        print("TypeError")

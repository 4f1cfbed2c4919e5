# A set range whose end is below its start is an error in both (ValueError
# in Pycopy, re.error in CPython); a reversed-looking "-" at the edges is a
# literal.
try:
    import ure as re
except ImportError:
    import re

for p in ("[z-a]", "[9-0]", "[b-a]"):
    try:
        re.compile(p)
        print(p, "compiled")
    except Exception:
        print(p, "error")
print(re.search("[a-]+", "x-a-").group(), re.search("[-z]+", "z-z").group())

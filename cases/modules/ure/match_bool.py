# A match object is true; a failed match returns None.
try:
    import ure as re
except ImportError:
    import re

r = re.compile("a*")
print(bool(r.match("")), r.match("b") is not None, re.match("a", "b") is None)
if re.search("\\d", "x5"):
    print("found")

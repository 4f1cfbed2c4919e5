# A group that matched the empty string is "", not None.
try:
    import ure as re
except ImportError:
    import re

m = re.match("a(b*)c", "ac")
print(repr(m.group(1)), m.span(1))
m = re.search("(x?)$", "abc")
print(repr(m.group(1)), m.span(), m.span(1))

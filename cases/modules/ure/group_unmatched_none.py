# A group that took no part in the match is None, its span (-1, -1).
try:
    import ure as re
except ImportError:
    import re

m = re.match("(a)|(b)", "b")
print(m.group(1), m.group(2), m.groups())
print(m.span(1), m.start(1), m.end(1), m.span(2))
m = re.match("x(y)?z", "xz")
print(m.group(0), m.group(1))

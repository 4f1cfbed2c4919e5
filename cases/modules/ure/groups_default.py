# match.groups(default) fills unmatched groups with default, given
# positionally or by keyword.
try:
    import ure as re
except ImportError:
    import re

m = re.match("(a)(b)?(c)?", "a")
print(m.groups(), m.groups(""), m.groups(0), m.groups(default="-"))
print(re.match("(a)", "a").groups(default=None))

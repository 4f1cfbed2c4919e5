# One compiled regex applied to several strings gives independent matches.
try:
    import ure as re
except ImportError:
    import re

r = re.compile("([a-z]+)([0-9]*)")
ms = [r.match(s) for s in ("abc12", "x", "zz9")]
print([m.groups() for m in ms])
print([m.span() for m in ms], r.match("9"))

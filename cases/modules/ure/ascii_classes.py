# \d, \s and \w are the ASCII classes the spec defines ([0-9], [ \t-\r],
# [A-Za-z0-9_]); CPython's are Unicode-aware for str patterns (hence the
# .exp file).
import re

for p, s in (("\\d+", "\u0663\u0664 12"), ("\\w+", "h\u00e9llo"), ("\\s+", "a\u00a0\u2003 b"),
             ("\\W", "\u00e9"), ("\\D", "\u0663"), ("\\S+", "\u00a0x")):
    m = re.search(p, s)
    print(repr(p), m.span() if m else None)

# Escaped special characters match themselves.
try:
    import ure as re
except ImportError:
    import re

for p, s in (("\\.", "a.b"), ("\\*+", "x**y"), ("\\(\\)", "f()"), ("\\[x\\]", "[x]"), ("\\|", "a|b"),
             ("\\^", "2^3"), ("\\$", "$5"), ("\\+\\?", "+?"), ("\\\\", "a\\b"), ("\\{", "{")):
    print(repr(p), re.search(p, s).group())

# Alternation tries the branches in order; groups in the branch not taken
# stay None.
try:
    import ure as re
except ImportError:
    import re

print(re.match("(a|ab)(c|bcd)", "abcd").groups())
print(re.match("(ab|a)(c|bcd)", "abcd").groups())
m = re.match("(x)(y)|(x)(z)", "xz")
print(m.groups())
print(re.search("(cat|dog)s?", "hotdogs!").group(0, 1))

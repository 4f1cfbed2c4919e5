# \1 and \g<1> in replacements, next to digits and each other; unmatched
# groups expand to "".
try:
    import ure as re
except ImportError:
    import re

print(re.sub("(a)(b)", "\\2\\1", "abab"))
print(re.sub("(a)", "\\g<1>0", "xa"))
print(re.sub("(a)", "\\g<1>\\g<1>", "a-a"))
print(re.sub("(a)|(b)", "<\\1|\\2>", "ab"))
print(re.sub("(x)?y", "[\\g<1>]", "y xy"))

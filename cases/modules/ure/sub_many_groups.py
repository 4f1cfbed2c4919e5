# Group references beyond 9: \g<10> and \10.
try:
    import ure as re
except ImportError:
    import re

p = "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)"
print(re.sub(p, "\\g<10>\\g<1>", "abcdefghij"))
print(re.sub(p, "\\10", "abcdefghij"))
print(re.match(p, "abcdefghij").group(10))

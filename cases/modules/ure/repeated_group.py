# A repeated group captures its last iteration; the whole match spans all.
try:
    import ure as re
except ImportError:
    import re

m = re.match("(ab|cd)+", "abcdab!")
print(m.group(0), m.group(1), m.span(1))
m = re.match("(?:(x)|(y))+", "xyy")
print(m.groups())
m = re.match("((a)b)*", "ababx")
print(m.groups(), m.span(2))

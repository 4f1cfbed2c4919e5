# start, end and span of nested groups.
try:
    import ure as re
except ImportError:
    import re

m = re.search("((\\d+)-(\\d+))!", "ab12-345!")
for g in range(4):
    print(g, m.group(g), m.start(g), m.end(g), m.span(g))

# sub(pattern, repl, string, count): at most count replacements, left to
# right; 0 means all.
try:
    import ure as re
except ImportError:
    import re

for count in (0, 1, 2, 3, 10):
    print(count, re.sub("[0-9]", "#", "a1b2c3", count))
r = re.compile("x")
print(r.sub("y", "xxxx", 3))

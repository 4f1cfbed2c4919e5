# pycopy-targets: unix (splits into lists of 100000 strings, more than a board's 4 MiB of RAM holds)
# Patterns that make a naive backtracking matcher take exponential time
# finish quickly (CPython's re takes practically forever on these, hence
# the .exp file).
import re

for p, s in (("(a*)*b", "a" * 5000), ("(a|aa)*c", "a" * 5000), ("(x+x+)+y", "x" * 5000),
             ("(.*)*z", "ab" * 3000), ("((a+)+)+b", "a" * 3000), ("(a?)*a*c", "a" * 2000)):
    try:
        print(p, re.search(p, s))
    except RuntimeError:
        # A step budget is allowed to give up, but never to hang.
        print(p, "RuntimeError")
print(re.match("(a|b)*c", "ab" * 10000 + "c").end())
print(len(re.compile("a").split("a" * 100000)))
print(len(re.sub("a", "bb", "a" * 100000)))

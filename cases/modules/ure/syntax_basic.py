# Literals, ., ^, $ and |.
import re

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), m.group() if m else None)

show("abc", "xxabcxx")
show("a.c", "abc a-c")
show("a.c", "ac")
show(".", "")
show("...", "ab")
show("^ab", "abab")
show("^ab", "xab")
show("ab$", "abab")
show("ab$", "abx")
show("^$", "")
show("^abc$", "abc")
show("cat|dog", "hotdog")
show("cat|dog|", "x")
show("a|ab|abc", "abc")
show("x(a|b)y", "xby")
show("^(a|b)*$", "abba")
show("^(a|b)*$", "abca")

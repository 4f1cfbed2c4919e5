# \d \D \s \S \w \W (ASCII classes), and \ before a special character.
import re

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), repr(m.group()) if m else None)

show("\\d+", "abc 2024 x")
show("\\D+", "12ab 3")
show("\\s+", "a \t\n\r\x0b\x0cb")
show("\\S+", "  word  ")
show("\\w+", "--hello_world99--")
show("\\W+", "ab, cd")
show("[\\d]+", "x42y")
show("[\\w-]+", "a-b_c d")
show("[\\s,]+", "a , b")
show("\\d\\s\\w", "1 a")
for c in ".*+?()[]{}|^$\\":
    show("\\" + c, "x" + c + "y")
show("a\\.b", "a.b axb")
show("\\(\\d+\\)", "f(42)")
show("\\$\\d+\\.\\d\\d", "cost: $12.50")

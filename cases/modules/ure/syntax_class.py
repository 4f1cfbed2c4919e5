# Sets: ranges, negation, and ] or - as members.
import re

def show(p, s):
    m = re.search(p, s)
    print(repr(p), repr(s), repr(m.group()) if m else None)

show("[abc]+", "xxbcaz")
show("[a-c]+", "xxbcaz")
show("[a-cx-z]+", "wxbcaz")
show("[^a-c]+", "abcxyzabc")
show("[^a]", "aaa")
show("[-a]+", "b-a-c")
show("[^-0-9]+", "12-ab-3")
show("[\\]]+", "a]]b")
show("[a\\]]+", "b]a]c")
show("[.]", "a.b")
show("[*+?]+", "a*+?b")
show("[0-9]+", "abc123def")
show("[A-Za-z_]+", "__init__ 1")

# match() anchors at the start; search() finds the first match anywhere.
import re

print(re.match("b", "abc"), re.search("b", "abc").group())
print(re.match("a", "abc").group(), re.search("^b", "abc"))
print(re.search("x*", "abc").span(), re.search("c$", "abc").span())
r = re.compile("o")
print(r.search("foo").span(), r.match("foo"), r.match("oof").span())
# pos and endpos of the regex methods.
print(r.match("foo", 1).span(), r.search("foo", 2).span(), r.search("foo", 0, 1))
print(re.compile("^f").search("ff", 1), re.compile("o$").search("foox", 0, 3).span())

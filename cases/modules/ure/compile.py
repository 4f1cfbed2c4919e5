# compile() returns a regex object with match, search, sub and split.
import re

r = re.compile("b+")
print(r.match("bbc").group(), r.search("abbc").group(), r.sub("X", "abbcb"), r.split("abbcbd"))
print(r.match("abbc"), r.search("acd"))
# Compiling a compiled pattern returns it.
print(re.compile(r) is r)
print(re.compile("").match("x").group() == "")
for bad in (1, None, ["a"]):
    try:
        re.compile(bad)
    except TypeError:
        print("TypeError")

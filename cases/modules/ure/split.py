# regex.split(string[, max_split]).
import re

r = re.compile(",\\s*")
print(r.split("a, b,c,  d"))
print(r.split("a, b,c,  d", 1), r.split("a, b,c,  d", 2))
print(r.split(""), r.split(","), r.split("abc"))
print(re.compile("(,)").split("a,b,c"))
print(re.compile("(a)|b").split("xaybz"))
print(re.compile("x*").split("axbc"))
print(re.compile("").split("abc"))
# The spec's example.
print(re.compile("[\r\n]").split("line1\rline2\nline3\r\n"))

# As documented, regex.split's max_split defaults to -1: a negative value
# (like 0) means no limit. CPython returns the string unsplit for a
# negative maxsplit (hence the .exp file).
import re

r = re.compile(",")
print(r.split("a,b,c"), r.split("a,b,c", -1), r.split("a,b,c", 0), r.split("a,b,c", 1))

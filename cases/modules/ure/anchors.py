# ^ matches only at the start of the string and $ only at the end, for
# match and search.
try:
    import ure as re
except ImportError:
    import re

print(re.search("^a", "ba"), re.search("^b", "ba").group())
print(re.search("a$", "ab"), re.search("b$", "ab").group())
print(re.match("a^", "a"), re.match("$", "").span(), re.search("$", "abc").span())
print(re.match("^$", "x"), re.search("^x|y$", "ay").group())

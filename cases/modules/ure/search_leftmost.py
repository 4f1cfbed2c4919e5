# search returns the leftmost match; among matches there, the first
# alternative that succeeds.
try:
    import ure as re
except ImportError:
    import re

print(re.search("b+|a+", "xaabbb").group())
print(re.search("a|aa", "baa").span())
print(re.search("[0-9]+", "ab12cd345").group())
print(re.search("z", "abc"))

# . matches any character except newline.
try:
    import ure as re
except ImportError:
    import re

print(re.match(".", "\n"), re.match(".+", "ab\ncd").group())
print(re.match("a.c", "a\tc").group() == "a\tc", re.search(".$", "x\ny").group())
print(re.match("[^a]", "\n") is not None)

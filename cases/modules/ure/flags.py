# compile(regex_str[, flags]): flags 0 is plain compilation.
import re

print(re.compile("a", 0).match("a").group())
print(re.match("a", "ab", 0).group(), re.search("b", "ab", 0).group(), re.sub("a", "b", "aa", 0, 0))
print(isinstance(re.DEBUG, int))

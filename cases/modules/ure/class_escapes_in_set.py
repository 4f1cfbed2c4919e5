# \d, \s and \w inside a set, next to other members.
try:
    import ure as re
except ImportError:
    import re

print(re.search("[\\d.]+", "v1.2 and 3").group())
print(re.search("[\\s,]+", "a ,\tb").span())
print(re.search("[\\w-]+", "  foo-bar_9!").group())
print(re.compile("[\\s;]+").split("a; b  ;c"))
print(re.search("[^\\d\\s]+", "12 ab3").group())

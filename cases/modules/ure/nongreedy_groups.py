# Non-greedy repeats inside groups capture as little as possible.
try:
    import ure as re
except ImportError:
    import re

print(re.match("(a+?)(a*)", "aaaa").groups())
print(re.match("(.*?)=(.*)", "k=v=w").groups())
print(re.match("(.*)=(.*)", "k=v=w").groups())
print(re.search("<(.+?)>", "x<a><b>").group(1))
print(re.match("(a??)(a)", "aa").groups())

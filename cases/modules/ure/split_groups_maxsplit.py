# split with capturing groups includes the groups, also with max_split;
# groups that did not match give None.
try:
    import ure as re
except ImportError:
    import re

r = re.compile("(-)|(\\+)")
print(r.split("1-2+3-4"))
print(r.split("1-2+3-4", 2))
print(re.compile("([,;])").split("a,b;c", 1))

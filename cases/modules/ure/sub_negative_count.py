# sub's count: 0 means no limit; so does a negative count in Pycopy (the
# loop stops only when the count runs down to zero), while CPython makes no
# replacement at all (hence the .exp file).
try:
    import ure as re
except ImportError:
    import re

print(re.sub("a", "b", "aaa", 0), re.sub("a", "b", "aaa", -1), re.compile("a").sub("b", "aaa", -2))

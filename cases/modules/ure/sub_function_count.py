# sub with a function: called once per match with the match object, and
# only count times when count is given.
try:
    import ure as re
except ImportError:
    import re

calls = []


def repl(m):
    calls.append(m.group())
    return m.group().upper()


print(re.sub("[a-c]+", repl, "aa-xx-bcb-cc", 2))
print(calls)
print(re.sub("(\\d)", lambda m: m.group(1) * int(m.group(1)), "1 2 3"))

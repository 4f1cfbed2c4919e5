# Capturing groups, non-capturing groups, and match.group/groups.
import re

m = re.match("(\\w+) (\\w+)", "hello world again")
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups())
print(m.group(1, 2), m.group(0, 1))
m = re.match("(a)(x)?(b)", "ab")
print(m.groups(), m.group(2), m.groups("-"))
m = re.match("(?:ab)+(c)", "ababc")
print(m.group(), m.groups())
m = re.match("((a)(b))", "ab")
print(m.groups())
# A repeated group reports its last iteration.
m = re.match("(\\d)+", "123")
print(m.group(1))
m = re.match("(a|(b))+", "ab")
print(m.groups())
print(re.match("x", "x").groups())

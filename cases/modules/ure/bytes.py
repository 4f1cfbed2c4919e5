# Patterns and subjects may be bytes (both the same kind).
import re

print(re.match(b"a+", b"aab").group(), re.search(b"\\d+", b"x12y").span())
print(re.sub(b"a", b"o", b"banana"), re.compile(b",").split(b"a,b"))
print(re.sub(b"(a)", b"<\\1>", b"bab"), re.sub(b"a", lambda m: b"A", b"aa"))
m = re.search(b"(b)(c)?", b"abd")
print(m.groups(), m.group(1), m.span(1))
print(repr(re.match(b"x", b"xy")))
for p, s in (("a", b"a"), (b"a", "a")):
    try:
        re.match(p, s)
    except TypeError:
        print("TypeError")

# match.start, end, span, and errors for bad group numbers.
import re

m = re.search("(b+)(c)?", "aabbbd")
print(m.start(), m.end(), m.span())
print(m.start(0), m.end(0), m.start(1), m.end(1), m.span(1))
print(m.start(2), m.end(2), m.span(2))
for g in (3, -1, "x", 1.0):
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
for f in (m.start, m.end, m.span):
    try:
        f(5)
    except IndexError:
        print("IndexError")
# Positions count characters, not bytes.
m = re.search("b+", "\u00e9\u00e9bb\u00e9")
print(m.span(), m.group())
m = re.search("(\u00e9+)", "a\u00e9\u00e9b")
print(m.span(1), m.group(1))
print(repr(re.match("a(b)", "abc")))
print(re.search("c", "abc").string)

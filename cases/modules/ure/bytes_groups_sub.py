# bytes patterns: groups are bytes, sub and split work on bytes.
try:
    import ure as re
except ImportError:
    import re

m = re.match(b"(\\w+)=(\\d+)", b"key=42;")
print(m.groups(), m.group(0), m.span(2))
print(re.sub(b"(\\d)", b"<\\1>", b"a1b2"))
print(re.compile(b",").split(b"x,y,,z"))
print(re.sub(b"a", lambda m: m.group() + b"!", b"banana", 2))

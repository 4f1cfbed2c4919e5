# compile(regex, DEBUG) displays the compiled expression (Pycopy's
# instruction listing; CPython prints its parse tree, hence the .exp file),
# and the regex works as usual.
try:
    import ure as re
except ImportError:
    import re

r = re.compile("ab|c", re.DEBUG)
print(r.match("ab").group(), r.match("c").group(), r.match("x"))

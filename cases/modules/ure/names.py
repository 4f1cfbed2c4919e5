# The module is importable as ure (Pycopy's name) and as re.
try:
    import ure
except ImportError:
    import re as ure
import re

print(ure.compile is re.compile, ure.match is re.match, ure.search is re.search, ure.sub is re.sub)
print(re.match("a+", "aab").group())

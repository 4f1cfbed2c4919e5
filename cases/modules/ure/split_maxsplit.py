# split with max_split limits the number of splits; the rest stays whole.
try:
    import ure as re
except ImportError:
    import re

r = re.compile(" +")
for n in (0, 1, 2, 3, 9):
    print(n, r.split("a b  c   d", n))

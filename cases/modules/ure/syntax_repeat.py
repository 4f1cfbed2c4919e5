# ?, *, + and their non-greedy forms ??, *?, +?.
import re

def show(p, s):
    m = re.match(p, s)
    print(repr(p), repr(s), repr(m.group()) if m else None)

for p in ("a?", "a*", "a+", "a??", "a*?", "a+?", "ba*", "ba+", "ba?b", "ba*?b", "(ab)+", "(ab)*?c", "a*a", "a+?a"):
    show(p, "baab" if p.startswith("b") else "aaab")
show("<.*>", "<a><b>")
show("<.*?>", "<a><b>")
show("<.+?>", "<><b>")
show("x*", "")
show("(a*)+", "aa")
show("(a|b)*?b", "aab")

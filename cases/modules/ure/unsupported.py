# Syntax the spec lists as not supported raises an error in ure, while
# CPython's re accepts it (hence the .exp file): counted repetitions,
# named groups, \A \Z \b \B, escapes like \n and \1, group extensions.
import re

for p in ("a{2}", "a{1,3}", "a{,2}", "(?P<n>a)", "(?P=n)", "\\Aa", "a\\Z", "\\ba", "\\Ba",
          "\\n", "[\\n]", "\\t", "(a)\\1", "(?=a)", "(?!a)", "(?<=a)b", "(?i)a", "(?#c)a"):
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except ValueError:
        print(repr(p), "ValueError")
# A { that does not form a counted repetition is a literal, in both.
print(re.match("a{", "a{").group(), re.match("a{}", "a{}").group(), re.match("a{x}", "a{x}").group())

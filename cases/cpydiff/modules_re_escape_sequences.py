r"""
categories: Modules, ure
description: Escapes such as `\n` or `\t` inside a pattern are errors
cause: `ure` accepts a backslash only before an operator character or one
  of its class letters (`\d \D \s \S \w \W`); as the spec says, character
  escapes belong in the Python string, not in the regular expression.
workaround: Write patterns as ordinary (not raw) strings so that Python
  turns `"\n"` into the character: `re.match("a\nb", text)`.
"""
import re

try:
    print(re.match(r"a\nb", "a\nb") is not None)
except ValueError:
    print("ValueError")
print(re.match("a\nb", "a\nb") is not None)

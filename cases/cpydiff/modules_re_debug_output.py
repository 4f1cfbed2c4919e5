"""
categories: Modules, ure
description: `re.compile(pattern, re.DEBUG)` prints the compiled program, not CPython's parse tree
cause: ure compiles a pattern to instructions for its own small matching
  engine (characters, splits, jumps, group saves); with the `DEBUG` flag it
  lists those instructions. `re.DEBUG` is also a plain int (CPython's is a
  `RegexFlag` with another value).
workaround: Use `DEBUG` only to look at patterns by eye, not in code whose
  output matters.
"""
import re

r = re.compile("a|b", re.DEBUG)
print(r.match("b").group())

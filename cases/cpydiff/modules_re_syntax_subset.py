r"""
categories: Modules, ure
description: `re` supports a subset of the regular expression syntax (no counted repetition, named groups, lookaround, `\b`, inline flags or possessive quantifiers)
cause: `ure` is a small backtracking engine implementing the operators the
  spec lists: `. [] ^ $ ? * +` and their non-greedy forms, `|`, `(...)`,
  `(?:...)`, `\d \D \s \S \w \W`. Other syntax is rejected when the pattern
  is compiled.
workaround: Rewrite patterns with the supported operators (`aa` instead of
  `a{2}`, groups by number), or process the text in Python.
"""
import re

for pattern in (r"a{2}", r"(?P<x>a)", r"(?<=a)b", r"(?=a)", r"\bab", r"(?i)A",
                r"a*+", r"\w++", r"(?:ab)+", r"[^0-9]+?"):
    try:
        re.compile(pattern)
        print(pattern, "ok")
    except Exception as e:
        print(pattern, type(e).__name__)

r"""
categories: Modules, ure
description: `\w`, `\d` and `\s` in a pattern match ASCII characters only
cause: As the spec documents, `\w` is `[A-Za-z0-9_]`, `\d` is `[0-9]` and
  `\s` is `[ \t-\r]`: the classes are fixed tables, with no Unicode database
  behind them.
workaround: List the extra characters in a set, e.g.
  `"[\w\u00e0-\u00ff]+"`.
"""
import re

print(re.match(r"\w+", "caf\u00e9").group(0))
print(re.match(r"\d+", "12\u0663") .group(0))
print(re.match("[\\w\u00e0-\u00ff]+", "caf\u00e9").group(0))

"""
categories: Modules, ure
description: Match objects have no `groupdict()`
cause: `ure` has no named groups, so its match objects leave out
  `groupdict()`; `group()`, `groups()`, `start()`, `end()` and `span()` work
  by group number.
workaround: Refer to groups by number.
"""
import re

m = re.search(r"(\d+)-(\d+)", "range 12-34")
print(m.group(0), m.groups(), m.start(1), m.end(2))
print(m.span(1), hasattr(m, "groupdict"))

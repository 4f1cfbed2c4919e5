"""
categories: Modules, sys
description: `sys.stdout` has no `encoding`, `buffer` or `isatty()`
cause: The standard streams are minimal text streams that write UTF-8
  straight to the port's console; there is no binary layer or terminal
  query behind them.
workaround: Write `str` (it is always UTF-8); write bytes with
  `sys.stdout.write(data.decode())` rather than through `sys.stdout.buffer`.
"""
import sys

for name in ("write", "encoding", "buffer", "isatty"):
    print(name, hasattr(sys.stdout, name))

# pycopy-targets: unix (uos is a module of the unix port)
"""
categories: Modules, uos
description: `os.dupterm()` duplicates the terminal (REPL, print(), input()) on a stream; CPython has no such function
cause: On a microcontroller the REPL may need to reach a second channel
  (a socket, another UART); `dupterm()` copies all terminal output to a
  stream's `write()` and takes input from its `readinto()`.
workaround: In CPython, replace `sys.stdout`/`sys.stdin` with wrapper
  objects that forward to both places.
"""
try:
    import uos as os
except ImportError:
    import os

print(hasattr(os, "dupterm"))

# pycopy-targets: unix (reads its own file; a board has no filesystem)
"""
categories: Modules, uio
description: File objects have no `encoding` or `buffer` attribute
cause: Files opened by `open()` are small stream objects over the port's
  file functions: text files always use UTF-8 and there is no separate
  binary buffer layer.
workaround: Open the file in binary mode (`"rb"`) when bytes are needed.
"""

with open(__file__) as f:
    print(f.readline().rstrip())
    print([n for n in ("read", "fileno", "encoding", "buffer") if not hasattr(f, n)])
with open(__file__, "rb") as f:
    print(f.read(3))

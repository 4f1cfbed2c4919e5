# pycopy-targets: unix (opens files; a board has no filesystem)
"""
categories: Modules, uio
description: Opening a missing file raises `OSError` with only the errno, not `FileNotFoundError`
cause: Pycopy has one `OSError` class for system errors (no subclasses per
  errno), and its `args` hold just the error number, without the message
  text of `strerror()`.
workaround: Catch `OSError` and compare `e.args[0]` with `errno.ENOENT`;
  this is also correct on CPython.
"""
try:
    from errno import ENOENT
except ImportError:
    ENOENT = 2  # its value on every port

try:
    open("no-such-directory/no-such-file.txt")
except OSError as e:
    print(type(e).__name__)
    print(e.args)
    print(e.args[0] == ENOENT)

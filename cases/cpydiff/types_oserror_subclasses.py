"""
categories: Types, Exceptions
description: The `OSError` subclasses (`FileNotFoundError`, `PermissionError`, ...) do not exist
cause: Pycopy has a single `OSError` for every system error; the kind of
  error is its errno, in `args[0]` (`uerrno`/`errno` has the constants).
workaround: Catch `OSError` and compare `e.args[0]` with `errno.ENOENT` and
  the like; that works on CPython too.
"""

for name in ("FileNotFoundError", "FileExistsError", "PermissionError",
             "TimeoutError", "ConnectionResetError", "BlockingIOError"):
    try:
        print(name, issubclass(eval(name), OSError))
    except NameError:
        print(name, "missing")

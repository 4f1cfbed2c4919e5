# pycopy-targets: unix (usocket is a module of the unix port)
"""
categories: Modules, usocket
description: A socket timeout raises `OSError(ETIMEDOUT)`, and a non-blocking socket that would block `OSError(EAGAIN)`
cause: Pycopy has no `TimeoutError` or `BlockingIOError` classes: system
  errors are `OSError` with the errno in `args[0]`.
workaround: Catch `OSError` and compare `e.args[0]` with `errno.ETIMEDOUT` /
  `errno.EAGAIN`; on CPython a timeout's `args[0]` is the text `'timed out'`,
  so test `isinstance(e, TimeoutError)` there.
"""
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
a.settimeout(0.01)
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.args)
a.setblocking(False)
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.args[0])
a.close()
b.close()

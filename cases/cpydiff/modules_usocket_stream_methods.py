# pycopy-targets: unix (usocket is a module of the unix port)
"""
categories: Modules, usocket
description: Sockets are streams with `read()`, `readline()`, `readinto()` and `write()`; `makefile()` returns the socket itself
cause: In Pycopy a socket implements the stream protocol directly, so no
  separate file object is needed; `makefile()` exists for compatibility
  and returns the same object.
workaround: Use `sock.makefile("rwb", 0)` and call the stream methods on
  its result (on CPython a separate object), and close both.
"""
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
print(hasattr(a, "read"), hasattr(a, "write"), a.makefile("rwb", 0) is a)
f = b.makefile("rwb", 0)
f.write(b"line\n")
print(a.makefile("rwb", 0).readline())
a.close()
b.close()

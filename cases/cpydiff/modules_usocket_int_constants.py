# pycopy-targets: unix (usocket is a module of the unix port)
"""
categories: Modules, usocket
description: Address families and socket types are plain ints, not `AddressFamily`/`SocketKind` enums
cause: Pycopy has no `enum` module built in; `socket.AF_INET`, a socket's
  `family`/`type` attributes and `getaddrinfo()`'s results are ints.
workaround: Compare with the constants (`s.family == socket.AF_INET`), or
  print `int(x)`; both work on CPython too.
"""
try:
    import usocket as socket
except ImportError:
    import socket

print(socket.AF_INET, socket.SOCK_STREAM)
s = socket.socket()
print(s.family, s.type)
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][:2])
s.close()

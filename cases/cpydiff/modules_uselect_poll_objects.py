# pycopy-targets: unix (uselect is a module of the unix port)
"""
categories: Modules, uselect
description: `poll.poll()` returns the registered objects, not their file descriptors
cause: Pycopy's poll keeps the object given to `register()` and reports it,
  so a program can act on it without a descriptor-to-object map.
workaround: Register file descriptors (`sock.fileno()`) when code must run on
  both; both then return the descriptor.
"""
try:
    import uselect as select
    import usocket as socket
except ImportError:
    import select
    import socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
b.send(b"x")
obj, event = p.poll(0)[0]
print(obj is a, type(obj).__name__ == "int", event)
a.close()
b.close()

# pycopy-targets: unix (uselect is a module of the unix port)
"""
categories: Modules, uselect
description: Poll objects have `ipoll()`, `register()` takes a userdata argument and `unregister()` a flag
cause: These are Pycopy extensions for event loops: `ipoll(timeout, flags)`
  yields `(obj, event, userdata)` tuples without building a list, flag 1
  makes it one-shot, and `unregister(obj, False)` ignores unknown objects.
workaround: On CPython keep a dict from file descriptor to your data, use
  `poll()`, and check membership before `unregister()`.
"""
try:
    import uselect as select
    import usocket as socket
except ImportError:
    import select
    import socket

a, b = socket.socketpair()
p = select.poll()
try:
    p.register(a, select.POLLOUT, "my data")
    print([(obj is a, ev, data) for obj, ev, data in p.ipoll(0)])
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    p.unregister(b, False)
    print("no error")
except (TypeError, KeyError) as e:
    print(type(e).__name__)
a.close()
b.close()
